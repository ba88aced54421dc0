"""TLS to MySQL/MariaDB really verifies the server: its certificate chain and its name.

A private mariadbd with a certificate for "localhost" signed by a test CA: the app connects
when given that CA and the right name, and refuses an unknown CA or another name.
"""

import shutil
import subprocess

import pytest

from ocpizza_desk.config import DatabaseConfig, TlsOptions
from ocpizza_desk.domain.errors import DomainError
from ocpizza_desk.services.context import ServiceContext
from tests.private_mariadb import PrivateMariaDB

pytestmark = pytest.mark.mysql_only


def openssl(*args, cwd):
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory):
    if not shutil.which("openssl"):
        pytest.fail("openssl is needed to make the test certificates")
    pki = tmp_path_factory.mktemp("pki")
    for ca in ("ca", "other-ca"):
        openssl(
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            f"{ca}.key",
            "-out",
            f"{ca}.pem",
            "-days",
            "2",
            "-subj",
            f"/CN={ca}",
            cwd=pki,
        )
    openssl(
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
        "-subj",
        "/CN=localhost",
        cwd=pki,
    )
    (pki / "san.ext").write_text("subjectAltName=DNS:localhost\n")
    openssl(
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        "server.pem",
        "-days",
        "2",
        "-extfile",
        "san.ext",
        cwd=pki,
    )
    server = PrivateMariaDB(
        tmp_path_factory.mktemp("tls-mariadb"),
        extra_args=(
            f"--ssl-ca={pki / 'ca.pem'}",
            f"--ssl-cert={pki / 'server.pem'}",
            f"--ssl-key={pki / 'server.key'}",
            "--require-secure-transport=ON",
        ),
    )
    server.start()
    yield server.port, pki
    server.stop()


def context(host, port, ca):
    url = f"mysql+pymysql://root@{host}:{port}/mysql"
    return ServiceContext(DatabaseConfig(url=url, source="t", tls=TlsOptions(ca_file=str(ca))))


def test_the_right_ca_and_name_connect_encrypted(tls_server):
    port, pki = tls_server
    ctx = context("localhost", port, pki / "ca.pem")
    try:
        ctx.ping()
        with ctx.engine.connect() as connection:
            cipher = connection.exec_driver_sql("SHOW SESSION STATUS LIKE 'Ssl_cipher'").one()[1]
        assert cipher  # the session is encrypted
    finally:
        ctx.close()


@pytest.mark.parametrize("host, ca", [("localhost", "other-ca.pem"), ("127.0.0.1", "ca.pem")])
def test_an_unknown_ca_or_another_name_is_refused(tls_server, host, ca):
    port, pki = tls_server
    ctx = context(host, port, pki / ca)
    try:
        with pytest.raises(DomainError) as refused:
            ctx.ping()
        assert refused.value.code == "db.unreachable"
        assert "certificate" in refused.value.message("en").lower() or "ssl" in (
            refused.value.message("en").lower()
        )
    finally:
        ctx.close()
