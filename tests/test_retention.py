"""Backup retention: the manual's rule (J-1, J-2, J-3, then the previous Sunday and the Sunday
two weeks before) holds night after night of "create, then prune", in Paris days across a
daylight-saving change; `backup list` says which rule keeps each file."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from pathlib import Path

import pytest

from ocpizza_desk.cli import EXIT_DATABASE, EXIT_OK, main
from ocpizza_desk.config import ConfigError
from ocpizza_desk.db import schema
from ocpizza_desk.db.engine import create_engine_for
from ocpizza_desk.domain.clock import PARIS
from ocpizza_desk.ops import backup
from ocpizza_desk.ops.backup import RetentionPolicy

SUNDAY = 6


def paris(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), PARIS).astimezone(UTC)


def night_of(path: Path) -> date:
    """The Paris day of a backup file, from its UTC name."""
    return backup.local_day(backup.read_info(path).created_at)


def _fake(folder: Path, moment: datetime) -> str:
    name = f"ocpizza-{moment.astimezone(UTC):%Y-%m-%dT%H%M%S}Z.tar"
    (folder / name).write_bytes(b"not a real backup")
    return name


# --------------------------------------------------------------------------- 60 nights


@pytest.fixture
def small_sqlite(new_database):
    config = new_database("sqlite")
    engine = create_engine_for(config)
    schema.upgrade(engine)
    engine.dispose()
    return config


def test_sixty_nights_of_create_then_prune_keep_three_days_and_two_sundays(small_sqlite, tmp_path):
    """The nightly job of the operations guide, 00:01 Paris, from a Wednesday in September to
    November (summer time ends on Sunday 25 October 2026), checked every morning at 08:00."""
    folder = tmp_path / "backups"
    first_night = date(2026, 9, 16)  # a Wednesday
    nights: list[date] = []
    kept_since: dict[date, date] = {}  # a weekly Sunday copy -> the first morning it was one
    for n in range(60):
        night = first_night + timedelta(days=n)
        backup.create(small_sqlite, folder, now=paris(night, 0, 1))
        morning = paris(night, 8)
        done = backup.prune(folder, now=morning)
        nights.append(night)

        left = sorted(night_of(p) for p in folder.glob("*.tar"))
        assert len(set(left)) == len(left)  # one backup a night, so one file a day at most
        # The last three nights are always there.
        assert left[-3:] == nights[-3:], f"morning of {night}"
        weekly = left[:-3]
        assert len(weekly) <= 2
        assert all((b - a).days >= 7 for a, b in pairwise(weekly))
        decisions = {night_of(d.info.path): d for d in done.decisions if d.keep}
        assert {decisions[d].rule for d in nights[-3:]} == {"daily"}
        assert all(decisions[d].rule == "weekly" for d in weekly)
        # Once two Sundays are older than the daily nights: exactly those two Sundays.
        sundays = [d for d in nights[:-3] if d.weekday() == SUNDAY]
        if len(sundays) >= 2:
            assert weekly == sundays[-2:], f"morning of {night}: {weekly}"
            assert (night - weekly[0]).days <= 20  # never older than the schedule says
        for sunday in (d for d in weekly if d.weekday() == SUNDAY):
            kept_since.setdefault(sunday, night)
        # A Sunday kept as a weekly copy stays until two newer Sundays replace it: it ages
        # from 3 to at least 16 days old (the bug: weekly windows sliding daily kept none).
        for sunday, since in kept_since.items():
            if sunday not in left:
                assert (night - sunday).days >= 17, f"{sunday} gone on {night}"
                assert since <= sunday + timedelta(days=3)

    # Seen in Paris days: the Sundays of summer and winter time both are Sundays in Paris,
    # though their files are named by the UTC time (Saturday 22:01 and 23:01).
    names = sorted(p.name for p in folder.glob("*.tar"))
    assert len(names) == 5
    assert names[:2] == ["ocpizza-2026-10-31T230100Z.tar", "ocpizza-2026-11-07T230100Z.tar"]
    assert len(kept_since) >= 7  # every Sunday of the two months was a weekly copy in turn
    summer = date(2026, 10, 18)
    assert summer in kept_since and paris(summer, 0, 1).hour == 22  # 22:01 UTC on Saturday


def test_a_newer_backup_the_same_day_replaces_the_daily_but_not_the_sunday(tmp_path):
    """An ad-hoc backup on a Sunday afternoon: the day keeps the newer one; once the day is
    out of the daily window, the week keeps its first backup (the night's), never both."""
    folder = tmp_path / "b"
    folder.mkdir()
    sunday = date(2026, 11, 22)
    night = _fake(folder, paris(sunday, 0, 1))
    afternoon = _fake(folder, paris(sunday, 15))
    plan = {d.info.name: d for d in backup.plan_prune(backup.list(folder), now=paris(sunday, 18))}
    assert plan[afternoon].rule == "newest" or plan[afternoon].rule == "daily"
    assert plan[night].rule == "same-day" and not plan[night].keep
    for day in range(1, 4):
        _fake(folder, paris(sunday + timedelta(days=day), 0, 1))
    plan = {
        d.info.name: d
        for d in backup.plan_prune(backup.list(folder), now=paris(sunday + timedelta(3), 8))
    }
    assert plan[night].rule == "weekly" and plan[night].day == sunday
    assert plan[afternoon].rule == "same-week" and not plan[afternoon].keep


NOW = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)  # a Sunday, 11:00 in Paris


def _two_a_day(folder: Path) -> list[str]:
    """Two a day (03:15 and 15:00 UTC) for four weeks up to NOW (the 15:00 of today not yet)."""
    folder.mkdir()
    names = []
    for days_ago in range(28):
        day = (NOW - timedelta(days=days_ago)).date()
        for hour, minute in ((3, 15), (15, 0)):
            at = datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)
            if at <= NOW:
                names.append(_fake(folder, at))
    return names


def test_prune_keeps_the_last_three_days_then_the_first_of_each_week(tmp_path):
    folder = tmp_path / "backups"
    names = _two_a_day(folder)
    # Worked out by hand: days 29, 28, 27 Nov (newest of each: 03:15 today, 15:00 the two days
    # before); then the weeks from Sunday 22 and Sunday 15 Nov (the first of each: 03:15).
    expected_kept = {
        "ocpizza-2026-11-29T031500Z.tar",
        "ocpizza-2026-11-28T150000Z.tar",
        "ocpizza-2026-11-27T150000Z.tar",
        "ocpizza-2026-11-22T031500Z.tar",
        "ocpizza-2026-11-15T031500Z.tar",
    }
    dry = backup.prune(folder, now=NOW, dry_run=True)
    assert {b.name for b in dry.kept} == expected_kept
    assert {b.name for b in dry.deleted} == set(names) - expected_kept
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)  # dry run: all there
    reasons = {d.info.name: d.reason for d in dry.decisions}
    assert reasons["ocpizza-2026-11-22T031500Z.tar"] == "weekly, week from sunday 2026-11-22"
    assert reasons["ocpizza-2026-11-08T031500Z.tar"] == "older than the schedule"
    assert reasons["ocpizza-2026-11-28T031500Z.tar"] == "a newer backup of 2026-11-28 is kept"

    done = backup.prune(folder, now=NOW)
    assert {p.name for p in folder.iterdir()} == expected_kept
    assert {b.name for b in done.deleted} == set(names) - expected_kept


def test_prune_is_configurable_and_never_deletes_the_last_backup(tmp_path):
    folder = tmp_path / "backups"
    _two_a_day(folder)
    policy = RetentionPolicy(keep_daily=1, keep_weekly=3, weekly_day=0)  # weeks from Monday
    kept = backup.prune(folder, policy, now=NOW, dry_run=True).kept
    assert [b.name for b in kept] == [
        "ocpizza-2026-11-09T031500Z.tar",  # Monday 9 Nov
        "ocpizza-2026-11-16T031500Z.tar",  # Monday 16 Nov
        "ocpizza-2026-11-23T031500Z.tar",  # Monday 23 Nov
        "ocpizza-2026-11-29T031500Z.tar",  # today
    ]
    # A stopped schedule: two months later the last three days with a backup are still there.
    later = NOW + timedelta(days=60)
    report = backup.prune(folder, now=later)
    assert [b.name for b in report.kept][-3:] == [
        "ocpizza-2026-11-27T150000Z.tar",
        "ocpizza-2026-11-28T150000Z.tar",
        "ocpizza-2026-11-29T031500Z.tar",
    ]
    only_weekly = backup.plan_prune(
        backup.list(folder), RetentionPolicy(keep_daily=0, keep_weekly=0), now=later
    )
    assert [d.rule for d in only_weekly if d.keep] == ["newest"]


def test_weekly_copies_stay_seven_days_apart(tmp_path):
    """A missed Sunday: the week's first backup is Saturday's, six days before the next
    Sunday, so it is not a second weekly copy; the one before it is."""
    folder = tmp_path / "b"
    folder.mkdir()
    for day in (date(2026, 11, 1), date(2026, 11, 14), date(2026, 11, 15)):
        _fake(folder, paris(day, 0, 1))
    for day in range(16, 22):
        _fake(folder, paris(date(2026, 11, day), 0, 1))
    plan = {
        night_of(d.info.path): d
        for d in backup.plan_prune(backup.list(folder), now=paris(date(2026, 11, 21), 8))
    }
    assert plan[date(2026, 11, 15)].rule == "weekly"
    assert plan[date(2026, 11, 14)].rule == "too-close"
    assert plan[date(2026, 11, 1)].rule == "weekly"


def test_the_rule_comes_from_the_config_file(tmp_path, monkeypatch):
    config = tmp_path / "config.toml"
    monkeypatch.setenv("OCPIZZA_CONFIG", str(config))
    assert backup.load_policy() == RetentionPolicy()
    config.write_text('[backup]\nkeep_daily = 5\nweekly_day = "lundi"\n', encoding="utf-8")
    assert backup.load_policy() == RetentionPolicy(keep_daily=5, weekly_day=0)
    config.write_text("[backup]\nkeep_dayly = 5\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="keep_dayly"):
        backup.load_policy()
    config.write_text('[backup]\nkeep_daily = "3"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="whole numbers"):
        backup.load_policy()


def test_backup_list_says_which_rule_keeps_each_file(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "b"
    folder.mkdir()
    today = datetime.now(UTC).astimezone(PARIS).date()
    for days_ago in (0, 1, 2, 3, 4, 11, 30):
        _fake(folder, paris(today - timedelta(days=days_ago), 0, 1))
    args = ["--lang", "en", "backup", "list", "--folder", str(folder)]
    assert main(args) == EXIT_OK  # no database needed to list a folder
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 7
    assert all("kept: daily" in line for line in lines[-3:])
    assert sum("kept: weekly, week from sunday" in line for line in lines) >= 1
    assert "goes at the next prune: older than the schedule" in lines[0]

    assert main(["--lang", "fr", "backup", "list", "--folder", str(folder)]) == EXIT_OK
    french = capsys.readouterr().out
    assert "gardée : quotidienne du" in french
    assert "hebdomadaire, semaine du dimanche" in french
    assert " lignes " in french and " rows " not in french
    assert main([*args, "--keep-daily", "7"]) == EXIT_OK
    assert sum("kept: daily" in line for line in capsys.readouterr().out.splitlines()) == 7

    monkeypatch.setenv("OCPIZZA_CONFIG", str(tmp_path / "config.toml"))
    (tmp_path / "config.toml").write_text("[backup]\nkeep_daily = -1\n", encoding="utf-8")
    assert main(args) == EXIT_DATABASE
    assert "[backup]" in capsys.readouterr().err
