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
    <name>CancelDialog</name>
    <message>
        <source>Order {number} is already being prepared: what was made will be written off as waste. A reason is required.</source>
        <translation>La commande {number} est déjà en préparation : ce qui a été fait sera compté en perte. Un motif est obligatoire.</translation>
    </message>
    <message>
        <source>Order {number} has not been started: its ingredients go back to the stock.</source>
        <translation>La commande {number} n&apos;a pas été commencée : ses ingrédients retournent en stock.</translation>
    </message>
    <message>
        <source>Give the reason for the cancellation.</source>
        <translation>Indiquez le motif de l&apos;annulation.</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Prix unit.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ConnectionMonitor</name>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Keep typing: a number has 10 digits.</source>
        <translation>Continuez : un numéro compte 10 chiffres.</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Type the name below, and the address for a delivery.</source>
        <translation>Saisissez le nom ci-dessous, et l&apos;adresse pour une livraison.</translation>
    </message>
    <message>
        <source>↓ then Enter to choose a customer.</source>
        <translation>↓ puis Entrée pour choisir un client.</translation>
    </message>
    <message>
        <source>No customer by that name.</source>
        <translation>Aucun client à ce nom.</translation>
    </message>
    <message>
        <source>New address…</source>
        <translation>Nouvelle adresse…</translation>
    </message>
    <message>
        <source>Last order {date}: {total} ({status})</source>
        <translation>Dernière commande le {date} : {total} ({status})</translation>
    </message>
    <message>
        <source>No order yet.</source>
        <translation>Aucune commande pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Favourites: {names}</source>
        <translation>Préférées : {names}</translation>
    </message>
    <message>
        <source>A delivery needs a customer: type their phone number.</source>
        <translation>Une livraison demande un client : saisissez son numéro de téléphone.</translation>
    </message>
</context>
<context>
    <name>CustomiseDialog</name>
    <message>
        <source>Not enough stock for this extra.</source>
        <translation>Pas assez de stock pour ce supplément.</translation>
    </message>
    <message>
        <source>Customise</source>
        <translation>Personnaliser</translation>
    </message>
    <message>
        <source>Customisations</source>
        <translation>Personnalisations</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected line.</source>
        <translation>Espace coche ou décoche la ligne choisie.</translation>
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
    <name>KitchenPage</name>
    <message>
        <source>Kitchen</source>
        <translation>Cuisine</translation>
    </message>
    <message>
        <source>&amp;Sound for new orders</source>
        <translation>&amp;Son pour les nouvelles commandes</translation>
    </message>
    <message>
        <source>A beep when a new order arrives (Alt+S)</source>
        <translation>Un bip à l&apos;arrivée d&apos;une nouvelle commande (Alt+S)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Not needed: the queue updates itself every second (F5)</source>
        <translation>Inutile : la file se met à jour d&apos;elle-même chaque seconde (F5)</translation>
    </message>
</context>
<context>
    <name>KitchenScreen</name>
    <message>
        <source>{count} orders waiting</source>
        <translation>{count} commandes en attente</translation>
    </message>
    <message>
        <source>No order waiting.</source>
        <translation>Aucune commande en attente.</translation>
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
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Counter sale</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Take-away</source>
        <translation>À emporter</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte bancaire</translation>
    </message>
    <message>
        <source>Meal vouchers</source>
        <translation>Titres-restaurant</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>pièces</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Cuisine</translation>
    </message>
    <message>
        <source>Order book</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>⚠ Stock alerts: {count}</source>
        <translation>⚠ Alertes de stock : {count}</translation>
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
        <source>Ingredients under their alert threshold (Ctrl+Shift+A)</source>
        <translation>Ingrédients sous leur seuil d&apos;alerte (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
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
    <name>MenuModel</name>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Can make</source>
        <translation>Possibles</translation>
    </message>
    <message>
        <source>off</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>épuisé</translation>
    </message>
</context>
<context>
    <name>OrderBookModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Passée</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Pizzeria</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Promise</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Reste dû</translation>
    </message>
</context>
<context>
    <name>OrderBookPage</name>
    <message>
        <source>Order book</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reload the list (F5)</source>
        <translation>Recharger la liste (F5)</translation>
    </message>
    <message>
        <source>Order no., phone or name… (Ctrl+F)</source>
        <translation>N° de commande, téléphone ou nom… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Pizzeria</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Order detail</source>
        <translation>Détail de la commande</translation>
    </message>
    <message>
        <source>&amp;Modify</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Change this order while it is received (Alt+M)</source>
        <translation>Modifier cette commande tant qu&apos;elle est reçue (Alt+M)</translation>
    </message>
    <message>
        <source>Take &amp;payment…</source>
        <translation>&amp;Encaisser…</translation>
    </message>
    <message>
        <source>Record a payment (Alt+P)</source>
        <translation>Enregistrer un paiement (Alt+E)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel order…</source>
        <translation>A&amp;nnuler la commande…</translation>
    </message>
    <message>
        <source>Cancel this order (Alt+N)</source>
        <translation>Annuler cette commande (Alt+N)</translation>
    </message>
    <message>
        <source>Pr&amp;int</source>
        <translation>&amp;Imprimer</translation>
    </message>
    <message>
        <source>Print the receipt, the courier slip or the kitchen ticket (Alt+I)</source>
        <translation>Imprimer le ticket de caisse, le bon de livraison ou le ticket cuisine (Alt+I)</translation>
    </message>
</context>
<context>
    <name>OrderBookScreen</name>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>Commandes en cours</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Dates…</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Toutes les pizzerias</translation>
    </message>
    <message>
        <source>{count} orders</source>
        <translation>{count} commandes</translation>
    </message>
    <message>
        <source>{count} orders shown, more below</source>
        <translation>{count} commandes affichées, d&apos;autres plus bas</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>{count} new at the top (F5)</source>
        <translation>{count} nouvelles en haut (F5)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Select an order to see it in full.</source>
        <translation>Choisissez une commande pour la voir en détail.</translation>
    </message>
    <message>
        <source>Order {number}</source>
        <translation>Commande {number}</translation>
    </message>
    <message>
        <source>placed {time}</source>
        <translation>passée le {time}</translation>
    </message>
    <message>
        <source>promised {time}</source>
        <translation>promise pour le {time}</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>No payment yet.</source>
        <translation>Aucun paiement pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Still due: {amount}</source>
        <translation>Reste dû : {amount}</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>VAT {rate}: {vat} on {base}</source>
        <translation>TVA {rate} : {vat} sur {base} HT</translation>
    </message>
    <message>
        <source>Planned: {tenders}</source>
        <translation>Règlement prévu : {tenders}</translation>
    </message>
    <message>
        <source>given {amount}</source>
        <translation>remis {amount}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <source>Give back {amount}.</source>
        <translation>Rendre {amount}.</translation>
    </message>
    <message>
        <source>Meal vouchers</source>
        <translation>Titres-restaurant</translation>
    </message>
    <message>
        <source>Meal vouchers give no change: {amount} above the bill is not returned.</source>
        <translation>Les titres-restaurant ne rendent pas la monnaie : {amount} au-delà de l&apos;addition ne sont pas rendus.</translation>
    </message>
</context>
<context>
    <name>OrderCard</name>
    <message>
        <source>No. {number}</source>
        <translation>N° {number}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>for {time} · late by {minutes} min</source>
        <translation>pour {time} · en retard de {minutes} min</translation>
    </message>
    <message>
        <source>for {time} · in {minutes} min</source>
        <translation>pour {time} · dans {minutes} min</translation>
    </message>
    <message>
        <source>Tap a product for its recipe memo</source>
        <translation>Touchez un produit pour son mémo de recette</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Print the kitchen ticket</source>
        <translation>Imprimer le ticket cuisine</translation>
    </message>
</context>
<context>
    <name>OrderTakingPage</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Phone number or name… (Ctrl+L)</source>
        <translation>Numéro de téléphone ou nom… (Ctrl+L)</translation>
    </message>
    <message>
        <source>Type a phone number, or the start of a name (Ctrl+L)</source>
        <translation>Saisissez un numéro de téléphone, ou le début d&apos;un nom (Ctrl+L)</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Clients trouvés</translation>
    </message>
    <message>
        <source>&amp;Repeat last order</source>
        <translation>&amp;Reprendre la dernière commande</translation>
    </message>
    <message>
        <source>Put the customer&apos;s last order in the cart (Ctrl+R)</source>
        <translation>Mettre la dernière commande du client dans le panier (Ctrl+R)</translation>
    </message>
    <message>
        <source>Addr&amp;ess</source>
        <translation>Adr&amp;esse</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>Last &amp;name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation>R&amp;ue</translation>
    </message>
    <message>
        <source>12 rue de la Roquette</source>
        <translation>12 rue de la Roquette</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>Code p&amp;ostal</translation>
    </message>
    <message>
        <source>75011</source>
        <translation>75011</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Door code</source>
        <translation>Digicode</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Étage</translation>
    </message>
    <message>
        <source>Delivery notes</source>
        <translation>Consignes de livraison</translation>
    </message>
    <message>
        <source>&amp;Save customer</source>
        <translation>Enre&amp;gistrer le client</translation>
    </message>
    <message>
        <source>Save the customer or the new address (Ctrl+S)</source>
        <translation>Enregistrer le client ou la nouvelle adresse (Ctrl+S)</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Category (Ctrl+PgUp / Ctrl+PgDown)</source>
        <translation>Catégorie (Ctrl+Pg.Préc / Ctrl+Pg.Suiv)</translation>
    </message>
    <message>
        <source>Find a product… (Ctrl+F)</source>
        <translation>Chercher un produit… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Enter or double-click adds the product to the order</source>
        <translation>Entrée ou double-clic ajoute le produit à la commande</translation>
    </message>
    <message>
        <source>Add to order</source>
        <translation>Ajouter à la commande</translation>
    </message>
    <message>
        <source>Add the selected product (Enter)</source>
        <translation>Ajouter le produit choisi (Entrée)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Panier</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>One less (−)</source>
        <translation>Un de moins (−)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>One more (+)</source>
        <translation>Un de plus (+)</translation>
    </message>
    <message>
        <source>Customise…</source>
        <translation>Personnaliser…</translation>
    </message>
    <message>
        <source>Without an ingredient, or extra (Ctrl+P)</source>
        <translation>Sans un ingrédient, ou en supplément (Ctrl+P)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the line (Delete)</source>
        <translation>Retirer la ligne (Suppr)</translation>
    </message>
    <message>
        <source>Take-a&amp;way</source>
        <translation>À empor&amp;ter</translation>
    </message>
    <message>
        <source>Alt+W</source>
        <translation>Alt+T</translation>
    </message>
    <message>
        <source>Deli&amp;very</source>
        <translation>&amp;Livraison</translation>
    </message>
    <message>
        <source>Alt+V</source>
        <translation>Alt+L</translation>
    </message>
    <message>
        <source>How the order came in</source>
        <translation>Comment la commande est arrivée</translation>
    </message>
    <message>
        <source>Promised &amp;at</source>
        <translation>&amp;Heure promise</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>A time the kitchen can keep, from its queue</source>
        <translation>Une heure que la cuisine peut tenir, d&apos;après sa file</translation>
    </message>
    <message>
        <source>&amp;Paid by</source>
        <translation>Payé p&amp;ar</translation>
    </message>
    <message>
        <source>0,00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>Amount in euros</source>
        <translation>Montant en euros</translation>
    </message>
    <message>
        <source>And</source>
        <translation>Et</translation>
    </message>
    <message>
        <source>Cash &amp;given</source>
        <translation>Espèces &amp;données</translation>
    </message>
    <message>
        <source>What the customer hands over, in euros</source>
        <translation>Ce que le client remet, en euros</translation>
    </message>
    <message>
        <source>Pa&amp;id now</source>
        <translation>Réglé &amp;maintenant</translation>
    </message>
    <message>
        <source>The customer pays at the counter now: the payments are recorded with the order (Alt+I)</source>
        <translation>Le client règle maintenant au comptoir : les paiements sont enregistrés avec la commande (Alt+M)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>&amp;Nouvelle commande</translation>
    </message>
    <message>
        <source>Start a new order (Ctrl+N)</source>
        <translation>Commencer une nouvelle commande (Ctrl+N)</translation>
    </message>
    <message>
        <source>Va&amp;lidate order</source>
        <translation>&amp;Valider la commande</translation>
    </message>
    <message>
        <source>Place the order (Ctrl+Enter)</source>
        <translation>Passer la commande (Ctrl+Entrée)</translation>
    </message>
</context>
<context>
    <name>OrderTakingScreen</name>
    <message>
        <source>Va&amp;lidate order</source>
        <translation>&amp;Valider la commande</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <source>Leave this order? What was typed will be lost.</source>
        <translation>Abandonner cette commande ? La saisie sera perdue.</translation>
    </message>
    <message>
        <source>Opening order {number}…</source>
        <translation>Ouverture de la commande {number}…</translation>
    </message>
    <message>
        <source>Modifying order {number} — placed {time}</source>
        <translation>Modification de la commande {number} — passée à {time}</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>No longer on the menu, left out: {names}</source>
        <translation>Plus à la carte, non repris : {names}</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Choose a product in the menu first.</source>
        <translation>Choisissez d&apos;abord un produit dans la carte.</translation>
    </message>
    <message>
        <source>{name} cannot be made now.</source>
        <translation>{name} ne peut pas être préparé(e) maintenant.</translation>
    </message>
    <message>
        <source>Not available now, left out: {names}</source>
        <translation>Indisponible pour l&apos;instant, non repris : {names}</translation>
    </message>
    <message>
        <source>Last order put in the cart.</source>
        <translation>Dernière commande mise dans le panier.</translation>
    </message>
    <message>
        <source>No stock for one more {name}.</source>
        <translation>Pas assez de stock pour un(e) {name} de plus.</translation>
    </message>
    <message>
        <source>Select a line of the order to customise.</source>
        <translation>Choisissez une ligne de la commande à personnaliser.</translation>
    </message>
    <message>
        <source>{name} has no customisation.</source>
        <translation>{name} n&apos;a pas de personnalisation.</translation>
    </message>
    <message>
        <source>The order is empty.</source>
        <translation>La commande est vide.</translation>
    </message>
    <message>
        <source>VAT {rate}: {vat} on {base}</source>
        <translation>TVA {rate} : {vat} sur {base} HT</translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <translation>Total {amount}</translation>
    </message>
    <message>
        <source>Excl. VAT {amount}</source>
        <translation>HT {amount}</translation>
    </message>
    <message>
        <source>Type the amount in euros, for example 12,50.</source>
        <translation>Saisissez le montant en euros, par exemple 12,50.</translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation>montant invalide</translation>
    </message>
    <message>
        <source>Change due: {amount}</source>
        <translation>Monnaie à rendre : {amount}</translation>
    </message>
    <message>
        <source>{amount} short</source>
        <translation>il manque {amount}</translation>
    </message>
    <message>
        <source>The order is empty: add a product first.</source>
        <translation>La commande est vide : ajoutez d&apos;abord un produit.</translation>
    </message>
    <message>
        <source>Type the cash given in euros, for example 20.</source>
        <translation>Saisissez les espèces remises en euros, par exemple 20.</translation>
    </message>
    <message>
        <source>The cash given is less than the cash part of the bill.</source>
        <translation>Les espèces remises sont inférieures à la part payée en espèces.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Order {number} changed — {total}, promised at {time}.</source>
        <translation>Commande {number} modifiée — {total}, promise pour {time}.</translation>
    </message>
    <message>
        <source>Order {number} had already been saved (the connection dropped during the first attempt) — {total}, promised at {time}.</source>
        <translation>La commande {number} avait déjà été enregistrée (la connexion a coupé pendant le premier envoi) — {total}, promise pour {time}.</translation>
    </message>
    <message>
        <source>Order {number} placed — {total}, promised at {time}.</source>
        <translation>Commande {number} enregistrée — {total}, promise pour {time}.</translation>
    </message>
    <message>
        <source>Give back {amount}.</source>
        <translation>Rendre {amount}.</translation>
    </message>
    <message>
        <source>The payment was not recorded ({reason}): record it from the order book.</source>
        <translation>Le paiement n&apos;a pas été enregistré ({reason}) : enregistrez-le depuis les commandes.</translation>
    </message>
    <message>
        <source>Changed on another PC</source>
        <translation>Modifiée sur un autre poste</translation>
    </message>
    <message>
        <source>Order {number} was changed on another PC while you were editing it. It has been reloaded as it now is: make your change again.</source>
        <translation>La commande {number} a été modifiée sur un autre poste pendant votre saisie. Elle a été rechargée telle qu&apos;elle est maintenant : refaites votre modification.</translation>
    </message>
    <message>
        <source>Too late to modify</source>
        <translation>Trop tard pour modifier</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Type the amount in euros, for example 12,50.</source>
        <translation>Saisissez le montant en euros, par exemple 12,50.</translation>
    </message>
    <message>
        <source>Type the cash given in euros, for example 20.</source>
        <translation>Saisissez les espèces remises en euros, par exemple 20.</translation>
    </message>
    <message>
        <source>Take a payment</source>
        <translation>Encaisser</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <source>&amp;Tender</source>
        <translation>&amp;Moyen de paiement</translation>
    </message>
    <message>
        <source>&amp;Amount (€)</source>
        <translation>Mon&amp;tant (€)</translation>
    </message>
    <message>
        <source>Cash &amp;given (€)</source>
        <translation>Espèces &amp;données (€)</translation>
    </message>
    <message>
        <source>Bank &amp;reference</source>
        <translation>&amp;Référence bancaire</translation>
    </message>
    <message>
        <source>Change to give</source>
        <translation>Monnaie à rendre</translation>
    </message>
</context>
<context>
    <name>PrintOrder</name>
    <message>
        <source>Kitchen ticket</source>
        <translation>Ticket cuisine</translation>
    </message>
    <message>
        <source>Courier slip</source>
        <translation>Bon de livraison</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Ticket de caisse</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>The printer {name} is not installed on this PC.</source>
        <translation>L’imprimante {name} n’est pas installée sur ce poste.</translation>
    </message>
    <message>
        <source>{paper} of order No. {number} sent to the printer.</source>
        <translation>{paper} de la commande n° {number} envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>No printer: {paper} of order No. {number} saved as {path}</source>
        <translation>Pas d’imprimante : {paper} de la commande n° {number} enregistré dans {path}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>No. {number}</source>
        <translation>N° {number}</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>ANNULÉE</translation>
    </message>
    <message>
        <source>Printed {when}</source>
        <translation>Imprimé le {when}</translation>
    </message>
    <message>
        <source>Kitchen ticket {number}</source>
        <translation>Ticket cuisine {number}</translation>
    </message>
    <message>
        <source>KITCHEN</source>
        <translation>CUISINE</translation>
    </message>
    <message>
        <source>{mode} for {time}</source>
        <translation>{mode} pour {time}</translation>
    </message>
    <message>
        <source>Received {time} · {channel}</source>
        <translation>Reçue à {time} · {channel}</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Note : {text}</translation>
    </message>
    <message>
        <source>Delivery slip {number}</source>
        <translation>Bon de livraison {number}</translation>
    </message>
    <message>
        <source>COURIER</source>
        <translation>LIVREUR</translation>
    </message>
    <message>
        <source>Door code</source>
        <translation>Code porte</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Étage</translation>
    </message>
    <message>
        <source>PAID: nothing to collect</source>
        <translation>PAYÉE : rien à encaisser</translation>
    </message>
    <message>
        <source>TO COLLECT</source>
        <translation>À ENCAISSER</translation>
    </message>
    <message>
        <source>Already paid: {amount}</source>
        <translation>Déjà payé : {amount}</translation>
    </message>
    <message>
        <source>Planned: {tender} {amount}</source>
        <translation>Prévu : {tender} {amount}</translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation>Ticket de caisse {number}</translation>
    </message>
    <message>
        <source>Tel. {phone}</source>
        <translation>Tél. {phone}</translation>
    </message>
    <message>
        <source>Order No. {number}</source>
        <translation>Commande n° {number}</translation>
    </message>
    <message>
        <source>TOTAL incl. VAT</source>
        <translation>TOTAL TTC</translation>
    </message>
    <message>
        <source>Thank you and see you soon!</source>
        <translation>Merci et à bientôt !</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Taux TVA</translation>
    </message>
    <message>
        <source>excl. VAT</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>incl. VAT</source>
        <translation>TTC</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Reste à payer</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>{company} with a capital of {amount}</source>
        <translation>{company} au capital de {amount}</translation>
    </message>
    <message>
        <source>SIRET {number}</source>
        <translation>SIRET {number}</translation>
    </message>
    <message>
        <source>VAT number {number}</source>
        <translation>N° TVA intracommunautaire {number}</translation>
    </message>
    <message>
        <source>Demo legal mentions: to be configured</source>
        <translation>Mentions légales de démonstration : à configurer</translation>
    </message>
</context>
<context>
    <name>RecipeMemo</name>
    <message>
        <source>Ingredients</source>
        <translation>Ingrédients</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Baking</source>
        <translation>Cuisson</translation>
    </message>
</context>
<context>
    <name>RecipeMemoDialog</name>
    <message>
        <source>Recipe memo</source>
        <translation>Mémo de recette</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
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
