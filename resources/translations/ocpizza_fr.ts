<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Alerts</name>
    <message>
        <source>Not possible</source>
        <translation>Action impossible</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was saved. What you typed is still there.
Details were written to the log file:
{path}</source>
        <translation>Un problème est survenu et rien n&apos;a été enregistré. Votre saisie est conservée.
Le détail a été écrit dans le journal :
{path}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Today in the stores</source>
        <translation>Aujourd&apos;hui dans les pizzerias</translation>
    </message>
    <message>
        <source>Ingredients under their alert threshold</source>
        <translation>Ingrédients sous leur seuil d&apos;alerte</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Not up to date</source>
        <translation>Pas à jour</translation>
    </message>
    <message>
        <source>Updated at {time}</source>
        <translation>Mis à jour à {time}</translation>
    </message>
    <message>
        <source>open orders</source>
        <translation>commandes en cours</translation>
    </message>
    <message>
        <source>orders today</source>
        <translation>commandes aujourd&apos;hui</translation>
    </message>
    <message>
        <source>taken today (VAT incl.)</source>
        <translation>encaissé aujourd&apos;hui (TTC)</translation>
    </message>
    <message>
        <source>ingredients under threshold</source>
        <translation>ingrédients sous le seuil</translation>
    </message>
    <message>
        <source>closed today</source>
        <translation>fermé aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Opening hours today: {hours}</source>
        <translation>Horaires du jour : {hours}</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Pizzeria</translation>
    </message>
    <message>
        <source>Opening hours today</source>
        <translation>Horaires du jour</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Taken today</source>
        <translation>Encaissé (TTC)</translation>
    </message>
    <message>
        <source>Stock alerts</source>
        <translation>Alertes stock</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Ingrédient</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Alert threshold</source>
        <translation>Seuil d&apos;alerte</translation>
    </message>
</context>
<context>
    <name>DeskApplication</name>
    <message>
        <source>Wrong database version</source>
        <translation>Version de base de données incorrecte</translation>
    </message>
    <message>
        <source>The database could not be opened: {error}</source>
        <translation>Impossible d&apos;ouvrir la base de données : {error}</translation>
    </message>
    <message>
        <source>Check the network, then restart.</source>
        <translation>Vérifiez le réseau puis relancez l&apos;application.</translation>
    </message>
    <message>
        <source>Sign-in failed unexpectedly.</source>
        <translation>La connexion a échoué de façon inattendue.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Counter</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Pizzaiolo</source>
        <translation>Pizzaiolo</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Livreur</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>En livraison</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>pièces</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Toutes les pizzerias</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Base de données : {where}</translation>
    </message>
    <message>
        <source>OC Pizza — Back-office</source>
        <translation>OC Pizza — Back-office</translation>
    </message>
    <message>
        <source>OC Pizza</source>
        <translation>OC Pizza</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>Connecting to the database…</source>
        <translation>Connexion à la base de données…</translation>
    </message>
    <message>
        <source>First launch: creating the demo database… {percent}</source>
        <translation>Premier lancement : création de la base de démonstration… {percent}</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>Base de données : {where}</translation>
    </message>
    <message>
        <source>OC Pizza — Sign in</source>
        <translation>OC Pizza — Connexion</translation>
    </message>
    <message>
        <source>OC Pizza</source>
        <translation>OC Pizza</translation>
    </message>
    <message>
        <source>Staff back-office</source>
        <translation>Back-office du personnel</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>e.g. accueil.bastille</source>
        <translation>ex. accueil.bastille</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
</context>
</TS>
