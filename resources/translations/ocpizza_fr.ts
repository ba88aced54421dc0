<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountsModel</name>
    <message>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Pizzeria</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
</context>
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
    <name>AuditDetailModel</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>Store created</source>
        <translation>Pizzeria créée</translation>
    </message>
    <message>
        <source>Store changed</source>
        <translation>Pizzeria modifiée</translation>
    </message>
    <message>
        <source>Store reopened</source>
        <translation>Pizzeria réactivée</translation>
    </message>
    <message>
        <source>Store closed</source>
        <translation>Pizzeria désactivée</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Compte créé</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Compte modifié</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Mot de passe réinitialisé</translation>
    </message>
    <message>
        <source>Account reactivated</source>
        <translation>Compte réactivé</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Compte désactivé</translation>
    </message>
    <message>
        <source>Account locked (attempts)</source>
        <translation>Compte verrouillé (essais)</translation>
    </message>
    <message>
        <source>Order modified</source>
        <translation>Commande modifiée</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Commande annulée</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Stock received</source>
        <translation>Réception de stock</translation>
    </message>
    <message>
        <source>Inventory count</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Alert threshold</source>
        <translation>Seuil d&apos;alerte</translation>
    </message>
    <message>
        <source>Menu item on/off</source>
        <translation>Article activé/désactivé</translation>
    </message>
    <message>
        <source>Customer erased (GDPR)</source>
        <translation>Client effacé (RGPD)</translation>
    </message>
    <message>
        <source>Orders given to a driver</source>
        <translation>Commandes confiées à un livreur</translation>
    </message>
    <message>
        <source>Trip cancelled before departure</source>
        <translation>Tournée annulée avant le départ</translation>
    </message>
    <message>
        <source>Driver&apos;s shift started</source>
        <translation>Début de service d&apos;un livreur</translation>
    </message>
    <message>
        <source>Driver&apos;s shift ended</source>
        <translation>Fin de service d&apos;un livreur</translation>
    </message>
    <message>
        <source>Maintenance on</source>
        <translation>Maintenance activée</translation>
    </message>
    <message>
        <source>Maintenance off</source>
        <translation>Maintenance désactivée</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Pizzeria</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Ingrédient</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Delivery trip</source>
        <translation>Tournée de livraison</translation>
    </message>
    <message>
        <source>Driver&apos;s shift</source>
        <translation>Service d&apos;un livreur</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Delivery radius (m)</source>
        <translation>Rayon de livraison (m)</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horaires d&apos;ouverture</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Store no.</source>
        <translation>N° de pizzeria</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Verrouillé jusqu&apos;à</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Pizzeria</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Réf.</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Reload the list (F5)</source>
        <translation>Recharger la liste (F5)</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Qui</translation>
    </message>
    <message>
        <source>Who made the change</source>
        <translation>Qui a fait la modification</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Sur</translation>
    </message>
    <message>
        <source>What was changed</source>
        <translation>Ce qui a été modifié</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Pizzeria</translation>
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
</context>
<context>
    <name>AuditLogScreen</name>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Toutes les pizzerias</translation>
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
        <source>{count}+ entries</source>
        <translation>{count}+ entrées</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} entrées</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Select an entry to see what changed.</source>
        <translation>Choisissez une entrée pour voir ce qui a changé.</translation>
    </message>
    <message>
        <source>{action} · {entity} {ref}
{when} · {who}</source>
        <translation>{action} · {entity} {ref}
{when} · {who}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Folder: %1 — database: %2</source>
        <translation>Dossier : %1 — base : %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Échec.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Sauvegarde écrite : %1</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Verified OK: checksums and a test restore (%1).</source>
        <translation>Vérifiée : sommes de contrôle et restauration d&apos;essai (%1).</translation>
    </message>
    <message>
        <source>Damaged backup: %1</source>
        <translation>Sauvegarde endommagée : %1</translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation>Vérification échouée : %1</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Every piece of data in the database « %1 » will be replaced by the backup of %2. Orders taken since then are lost (GDPR erasures made since are applied again).

Type the database&apos;s name to confirm:</source>
        <translation>Toutes les données de la base « %1 » seront remplacées par la sauvegarde du %2. Les commandes prises depuis seront perdues (les effacements RGPD faits depuis sont réappliqués).

Saisissez le nom de la base pour confirmer :</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Restauration de %1…</translation>
    </message>
    <message>
        <source>Restored (schema %1); GDPR erasures applied again: %2.</source>
        <translation>Restaurée (schéma %1) ; effacements RGPD réappliqués : %2.</translation>
    </message>
    <message>
        <source>Looking for old backups…</source>
        <translation>Recherche des anciennes sauvegardes…</translation>
    </message>
    <message>
        <source>Nothing to delete.</source>
        <translation>Rien à effacer.</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Faire le ménage</translation>
    </message>
    <message>
        <source>These backups will be deleted:
%1

Delete them?</source>
        <translation>Ces sauvegardes seront effacées :
%1

Les effacer ?</translation>
    </message>
    <message>
        <source>Deleting old backups…</source>
        <translation>Effacement des anciennes sauvegardes…</translation>
    </message>
    <message>
        <source>%1 backups deleted.</source>
        <translation>%1 sauvegarde(s) effacée(s).</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
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
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Back the database up into the folder above</source>
        <translation>Sauvegarder la base dans le dossier ci-dessus</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Check the selected backup&apos;s checksums and restore it into a scratch database</source>
        <translation>Contrôler les sommes de la sauvegarde choisie et la restaurer dans une base d&apos;essai</translation>
    </message>
    <message>
        <source>R&amp;estore…</source>
        <translation>R&amp;estaurer…</translation>
    </message>
    <message>
        <source>Replace the database with the selected backup</source>
        <translation>Remplacer la base par la sauvegarde choisie</translation>
    </message>
    <message>
        <source>&amp;Prune…</source>
        <translation>&amp;Faire le ménage…</translation>
    </message>
    <message>
        <source>Delete old backups: each of the last 3 days is kept, then one a week for 2 weeks</source>
        <translation>Effacer les anciennes sauvegardes : une par jour sur les 3 derniers jours, puis une par semaine sur 2 semaines</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
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
    <name>CashDialog</name>
    <message>
        <source>Cash per driver</source>
        <translation>Encaissements par livreur</translation>
    </message>
    <message>
        <source>Payments received by each driver today; expected = change fund + cash.</source>
        <translation>Paiements reçus par chaque livreur aujourd&apos;hui ; attendu = fonds de caisse + espèces.</translation>
    </message>
    <message>
        <source>No payment taken by a driver today.</source>
        <translation>Aucun paiement encaissé par un livreur aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <source>Start a new product (Ctrl+N)</source>
        <translation>Commencer un nouveau produit (Ctrl+N)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Reload the list (F5)</source>
        <translation>Recharger la liste (F5)</translation>
    </message>
    <message>
        <source>Name or code… (Ctrl+F)</source>
        <translation>Nom ou code… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Afficher les arc&amp;hivés</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>Co&amp;de</source>
        <translation>Co&amp;de</translation>
    </message>
    <message>
        <source>lowercase, e.g. truffe_noire</source>
        <translation>en minuscules, p. ex. truffe_noire</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Categor&amp;y</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>&amp;Price incl. VAT (€)</source>
        <translation>Pri&amp;x TTC (€)</translation>
    </message>
    <message>
        <source>12,50</source>
        <translation>12,50</translation>
    </message>
    <message>
        <source>&amp;VAT rate</source>
        <translation>Ta&amp;ux de TVA</translation>
    </message>
    <message>
        <source>Descr&amp;iption</source>
        <translation>D&amp;escription</translation>
    </message>
    <message>
        <source>&amp;Baking</source>
        <translation>Cu&amp;isson</translation>
    </message>
    <message>
        <source>Oven, temperature, time</source>
        <translation>Four, température, durée</translation>
    </message>
    <message>
        <source>&amp;Recipe</source>
        <translation>&amp;Recette</translation>
    </message>
    <message>
        <source>Recipe lines</source>
        <translation>Lignes de la recette</translation>
    </message>
    <message>
        <source>Double-click a dose to change it; Del removes the line</source>
        <translation>Double-clic sur une dose pour la changer ; Suppr retire la ligne</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Ingrédient</translation>
    </message>
    <message>
        <source>Dose in the ingredient&apos;s unit (Enter adds the line)</source>
        <translation>Dose dans l&apos;unité de l&apos;ingrédient (Entrée ajoute la ligne)</translation>
    </message>
    <message>
        <source>Add &amp;line</source>
        <translation>Ajouter la &amp;ligne</translation>
    </message>
    <message>
        <source>Add this ingredient to the recipe (Alt+L)</source>
        <translation>Ajouter cet ingrédient à la recette (Alt+L)</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <source>Remove the selected line (Del)</source>
        <translation>Retirer la ligne choisie (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Memo</source>
        <translation>&amp;Mémo</translation>
    </message>
    <message>
        <source>Memo steps</source>
        <translation>Étapes du mémo</translation>
    </message>
    <message>
        <source>Double-click a step to change it; Ctrl+Up and Ctrl+Down move it</source>
        <translation>Double-clic sur une étape pour la modifier ; Ctrl+Haut et Ctrl+Bas la déplacent</translation>
    </message>
    <message>
        <source>A new step (Enter adds it)</source>
        <translation>Une nouvelle étape (Entrée l&apos;ajoute)</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ajouter l&apos;étape</translation>
    </message>
    <message>
        <source>Add the step at the end (Enter)</source>
        <translation>Ajouter l&apos;étape à la fin (Entrée)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>M&amp;onter</translation>
    </message>
    <message>
        <source>Move the selected step up (Ctrl+Up)</source>
        <translation>Monter l&apos;étape choisie (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>De&amp;scendre</translation>
    </message>
    <message>
        <source>Move the selected step down (Ctrl+Down)</source>
        <translation>Descendre l&apos;étape choisie (Ctrl+Bas)</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Retirer l&apos;étape</translation>
    </message>
    <message>
        <source>Remove the selected step (Del)</source>
        <translation>Retirer l&apos;étape choisie (Suppr)</translation>
    </message>
    <message>
        <source>Op&amp;tions</source>
        <translation>Op&amp;tions</translation>
    </message>
    <message>
        <source>Customisation options</source>
        <translation>Personnalisations</translation>
    </message>
    <message>
        <source>Double-click (or F2) an extra&apos;s dose or price, or a label, to change it</source>
        <translation>Double-clic (ou F2) sur la dose ou le prix d’un supplément, ou sur un libellé, pour le modifier</translation>
    </message>
    <message>
        <source>Without an ingredient of the recipe, or an extra dose at a price</source>
        <translation>Sans un ingrédient de la recette, ou une dose en supplément payant</translation>
    </message>
    <message>
        <source>Extra dose in the ingredient&apos;s unit</source>
        <translation>Dose du supplément dans l&apos;unité de l&apos;ingrédient</translation>
    </message>
    <message>
        <source>Price, e.g. 1,50</source>
        <translation>Prix, p. ex. 1,50</translation>
    </message>
    <message>
        <source>Label (optional)</source>
        <translation>Libellé (facultatif)</translation>
    </message>
    <message>
        <source>Add opti&amp;on</source>
        <translation>A&amp;jouter l&apos;option</translation>
    </message>
    <message>
        <source>Add this customisation (Alt+O)</source>
        <translation>Ajouter cette personnalisation (Alt+J)</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Retirer l&apos;option</translation>
    </message>
    <message>
        <source>Remove the selected customisation (Del)</source>
        <translation>Retirer la personnalisation choisie (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Stores and photo</source>
        <translation>Pi&amp;zzerias et photo</translation>
    </message>
    <message>
        <source>Sold in</source>
        <translation>En vente à</translation>
    </message>
    <message>
        <source>Stores selling this product</source>
        <translation>Pizzerias qui vendent ce produit</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected store</source>
        <translation>Espace coche ou décoche la pizzeria choisie</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>&amp;Choose photo…</source>
        <translation>Choisir une &amp;photo…</translation>
    </message>
    <message>
        <source>A PNG or JPEG image, 2 MB at most (Alt+C)</source>
        <translation>Une image PNG ou JPEG, 2 Mo au plus (Alt+P)</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Archi&amp;ver</translation>
    </message>
    <message>
        <source>Take the product off every menu; past orders keep it (Alt+H)</source>
        <translation>Retirer le produit de toutes les cartes ; les commandes passées le gardent (Alt+V)</translation>
    </message>
    <message>
        <source>R&amp;evert</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>Forget the changes and show the saved product (Alt+E)</source>
        <translation>Oublier les modifications et revenir au produit enregistré (Alt+A)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the product (Ctrl+S)</source>
        <translation>Enregistrer le produit (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Forget the changes typed in this product?</source>
        <translation>Oublier les modifications saisies dans ce produit ?</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Archi&amp;ver</translation>
    </message>
    <message>
        <source>{name} (code {code})</source>
        <translation>{name} (code {code})</translation>
    </message>
    <message>
        <source>{name} (code {code}): archived, on no menu</source>
        <translation>{name} (code {code}) : archivé, sur aucune carte</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>Type the extra&apos;s price in euros, for example 1,50.</source>
        <translation>Saisissez le prix du supplément en euros, par exemple 1,50.</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation>Ce fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>{width} × {height} pixels, {size} KB</source>
        <translation>{width} × {height} pixels, {size} Ko</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <source>Type the price in euros, for example 12,50.</source>
        <translation>Saisissez le prix en euros, par exemple 12,50.</translation>
    </message>
    <message>
        <source>Saved. The stores&apos; counters show the change within a second.</source>
        <translation>Enregistré. Les comptoirs des pizzerias affichent la modification dans la seconde.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Take “{name}” off every store&apos;s menu? Past orders keep it.</source>
        <translation>Retirer « {name} » de la carte de toutes les pizzerias ? Les commandes passées le gardent.</translation>
    </message>
    <message>
        <source>Archived: on no menu any more.</source>
        <translation>Archivé : sur aucune carte désormais.</translation>
    </message>
    <message>
        <source>Back on the menus of the stores ticked.</source>
        <translation>De retour sur la carte des pizzerias cochées.</translation>
    </message>
    <message>
        <source>{shown} of {count} products</source>
        <translation>{shown} produits sur {count}</translation>
    </message>
    <message>
        <source>Without</source>
        <translation>Sans</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Supplément</translation>
    </message>
    <message>
        <source>{rate}: drinks to take away</source>
        <translation>{rate} : boissons à emporter</translation>
    </message>
    <message>
        <source>{rate}: food and soft drinks</source>
        <translation>{rate} : restauration et boissons sans alcool</translation>
    </message>
    <message>
        <source>{rate}: alcohol</source>
        <translation>{rate} : alcool</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>Revenue incl. VAT by store</source>
        <translation>Chiffre d&apos;affaires TTC par magasin</translation>
    </message>
    <message>
        <source>By store</source>
        <translation>Par magasin</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Tous les magasins</translation>
    </message>
    <message>
        <source>All stores (right scale)</source>
        <translation>Tous les magasins (échelle de droite)</translation>
    </message>
    <message>
        <source>Top {n} products by revenue incl. VAT</source>
        <translation>Les {n} meilleurs produits (CA TTC)</translation>
    </message>
    <message>
        <source>Revenue incl. VAT</source>
        <translation>CA TTC</translation>
    </message>
    <message>
        <source>Revenue incl. VAT by channel</source>
        <translation>Chiffre d&apos;affaires TTC par canal</translation>
    </message>
    <message>
        <source>Preparation and delivery times by store</source>
        <translation>Délais de préparation et de livraison par magasin</translation>
    </message>
    <message>
        <source>Preparation, median</source>
        <translation>Préparation, médiane</translation>
    </message>
    <message>
        <source>Preparation, 90th percentile</source>
        <translation>Préparation, 90e centile</translation>
    </message>
    <message>
        <source>Delivery, median</source>
        <translation>Livraison, médiane</translation>
    </message>
    <message>
        <source>Delivery, 90th percentile</source>
        <translation>Livraison, 90e centile</translation>
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
    <name>CountDialog</name>
    <message>
        <source>Inventory count</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Type what you counted (2,5 kg, 750 g, 1,5 l, 12 pcs). Ingredients left empty are not changed. Review the differences, then confirm.</source>
        <translation>Saisissez ce que vous avez compté (2,5 kg, 750 g, 1,5 l, 12 pcs). Les ingrédients laissés vides ne changent pas. Vérifiez les écarts, puis confirmez.</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Optional, e.g. evening count</source>
        <translation>Facultatif, p. ex. inventaire du soir</translation>
    </message>
    <message>
        <source>&amp;Confirm the count</source>
        <translation>&amp;Confirmer l&apos;inventaire</translation>
    </message>
    <message>
        <source>Nothing counted: nothing will change.</source>
        <translation>Rien n&apos;a été compté : rien ne changera.</translation>
    </message>
    <message>
        <source>{counted} counted, {differing} with a difference:</source>
        <translation>{counted} comptés, dont {differing} avec un écart :</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Ingrédient</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
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
    <name>DeliveryBoardPage</name>
    <message>
        <source>Delivery board</source>
        <translation>Tableau des livraisons</translation>
    </message>
    <message>
        <source>&amp;Cash per driver</source>
        <translation>&amp;Encaissements par livreur</translation>
    </message>
    <message>
        <source>Today&apos;s takings of each driver, against what they handed in</source>
        <translation>Les encaissements du jour de chaque livreur, face à ce qu&apos;il a remis</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Not needed: the board updates itself every second (F5)</source>
        <translation>Inutile : le tableau se met à jour chaque seconde (F5)</translation>
    </message>
    <message>
        <source>Ready to leave</source>
        <translation>Prêtes à partir</translation>
    </message>
    <message>
        <source>Select one or several orders (Ctrl or Shift + click), then a driver</source>
        <translation>Sélectionnez une ou plusieurs commandes (Ctrl ou Maj + clic), puis un livreur</translation>
    </message>
    <message>
        <source>Drivers on shift</source>
        <translation>Livreurs en service</translation>
    </message>
    <message>
        <source>&amp;Assign to driver</source>
        <translation>&amp;Confier au livreur</translation>
    </message>
    <message>
        <source>Give the selected orders to the selected driver, stops in the best order</source>
        <translation>Confier les commandes sélectionnées au livreur sélectionné, arrêts dans le meilleur ordre</translation>
    </message>
    <message>
        <source>Drivers of the store not on shift</source>
        <translation>Livreurs de la pizzeria qui ne sont pas en service</translation>
    </message>
    <message>
        <source>Fund (€)</source>
        <translation>Fonds (€)</translation>
    </message>
    <message>
        <source>&amp;Take off the trip</source>
        <translation>&amp;Retirer de la tournée</translation>
    </message>
    <message>
        <source>Before departure: the orders of this trip selected on the left wait again</source>
        <translation>Avant le départ : les commandes de cette tournée sélectionnées à gauche attendent de nouveau</translation>
    </message>
    <message>
        <source>&amp;Start shift</source>
        <translation>&amp;Début de service</translation>
    </message>
    <message>
        <source>&amp;End shift…</source>
        <translation>&amp;Fin de service…</translation>
    </message>
    <message>
        <source>Count the selected driver&apos;s cash and end their shift</source>
        <translation>Compter les espèces du livreur sélectionné et clore son service</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>Tournées</translation>
    </message>
</context>
<context>
    <name>DeliveryBoardScreen</name>
    <message>
        <source>Select a trip to see its stops and route.</source>
        <translation>Sélectionnez une tournée pour voir ses arrêts et son itinéraire.</translation>
    </message>
    <message>
        <source>Select orders on the left and a driver on shift.</source>
        <translation>Sélectionnez des commandes à gauche et un livreur en service.</translation>
    </message>
    <message>
        <source>{count} orders given to {driver}.</source>
        <translation>{count} commandes confiées à {driver}.</translation>
    </message>
    <message>
        <source>Select a trip that has not left yet.</source>
        <translation>Sélectionnez une tournée qui n&apos;est pas encore partie.</translation>
    </message>
    <message>
        <source>Select, on the left, orders of this trip.</source>
        <translation>Sélectionnez, à gauche, des commandes de cette tournée.</translation>
    </message>
    <message>
        <source>The orders wait again.</source>
        <translation>Les commandes attendent de nouveau.</translation>
    </message>
    <message>
        <source>Every driver of the store is already on shift.</source>
        <translation>Tous les livreurs de la pizzeria sont déjà en service.</translation>
    </message>
    <message>
        <source>Type the change fund in euros, for example 20.</source>
        <translation>Saisissez le fonds de caisse en euros, par exemple 20.</translation>
    </message>
    <message>
        <source>{driver} is on shift.</source>
        <translation>{driver} est en service.</translation>
    </message>
    <message>
        <source>Select a driver on shift.</source>
        <translation>Sélectionnez un livreur en service.</translation>
    </message>
    <message>
        <source>Shift ended: {expected} expected, {counted} handed in.</source>
        <translation>Service clos : {expected} attendus, {counted} remis.</translation>
    </message>
    <message>
        <source>{count} orders ready to leave</source>
        <translation>{count} commandes prêtes à partir</translation>
    </message>
</context>
<context>
    <name>DeliveryModels</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Waiting to leave</source>
        <translation>En attente de départ</translation>
    </message>
    <message>
        <source>On the road</source>
        <translation>En route</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rentré</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Promise</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>To collect</source>
        <translation>À encaisser</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Tournée</translation>
    </message>
    <message>
        <source>{time} (+{minutes} min)</source>
        <translation>{time} (+{minutes} min)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Livreur</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>On shift since {time}, change fund {fund}</source>
        <translation>En service depuis {time}, fonds de caisse {fund}</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Arrêts</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Meal vouchers</source>
        <translation>Titres-restaurant</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
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
    <name>DriverPage</name>
    <message>
        <source>My deliveries</source>
        <translation>Mes livraisons</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Not needed: this page updates itself every second (F5)</source>
        <translation>Inutile : cette page se met à jour chaque seconde (F5)</translation>
    </message>
    <message>
        <source>&amp;Out for delivery</source>
        <translation>&amp;En livraison</translation>
    </message>
    <message>
        <source>The whole trip leaves now: customers are told when to expect you</source>
        <translation>Toute la tournée part maintenant : les clients sont prévenus de l&apos;heure d&apos;arrivée</translation>
    </message>
    <message>
        <source>&amp;Delivered</source>
        <translation>&amp;Livrée</translation>
    </message>
    <message>
        <source>The selected stop has its order</source>
        <translation>L&apos;arrêt sélectionné a reçu sa commande</translation>
    </message>
    <message>
        <source>&amp;Payment collected…</source>
        <translation>&amp;Paiement encaissé…</translation>
    </message>
    <message>
        <source>Cash (with change), card or meal vouchers for the selected stop</source>
        <translation>Espèces (avec rendu de monnaie), carte ou titres-restaurant pour l&apos;arrêt sélectionné</translation>
    </message>
</context>
<context>
    <name>DriverScreen</name>
    <message>
        <source>Not on shift</source>
        <translation>Pas en service</translation>
    </message>
    <message>
        <source>On shift since {since} · cash collected {cash} · to hand in {expected}</source>
        <translation>En service depuis {since} · espèces encaissées {cash} · à remettre {expected}</translation>
    </message>
    <message>
        <source>No trip for you at the moment.</source>
        <translation>Aucune tournée pour vous pour le moment.</translation>
    </message>
    <message>
        <source>{state} · {stops} stops · {distance} · {time} · to collect {due}</source>
        <translation>{state} · {stops} arrêts · {distance} · {time} · à encaisser {due}</translation>
    </message>
    <message>
        <source>Door code {code}</source>
        <translation>Digicode {code}</translation>
    </message>
    <message>
        <source>Floor {floor}</source>
        <translation>Étage {floor}</translation>
    </message>
    <message>
        <source>To collect: {amount}</source>
        <translation>À encaisser : {amount}</translation>
    </message>
    <message>
        <source>On the road: first stop expected at {eta}.</source>
        <translation>En route : premier arrêt prévu à {eta}.</translation>
    </message>
    <message>
        <source>Last stop delivered: back to the store.</source>
        <translation>Dernier arrêt livré : retour à la pizzeria.</translation>
    </message>
    <message>
        <source>Order n° {order} delivered.</source>
        <translation>Commande n° {order} livrée.</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>Paiement enregistré.</translation>
    </message>
    <message>
        <source>Payment recorded: give back {change}.</source>
        <translation>Paiement enregistré : rendez {change}.</translation>
    </message>
</context>
<context>
    <name>EndShiftDialog</name>
    <message>
        <source>Type the amount in euros, for example 12,50.</source>
        <translation>Saisissez le montant en euros, par exemple 12,50.</translation>
    </message>
    <message>
        <source>End of shift</source>
        <translation>Fin de service</translation>
    </message>
    <message>
        <source>Change fund</source>
        <translation>Fonds de caisse</translation>
    </message>
    <message>
        <source>Cash collected</source>
        <translation>Espèces encaissées</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>&amp;Counted (€)</source>
        <translation>&amp;Compté (€)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Remarque</translation>
    </message>
</context>
<context>
    <name>ItineraryPanel</name>
    <message>
        <source>Stops (time after leaving the store)</source>
        <translation>Arrêts (temps après le départ)</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Itinéraire détaillé</translation>
    </message>
    <message>
        <source>No itinerary</source>
        <translation>Aucun itinéraire</translation>
    </message>
    <message>
        <source>{distance} · {duration}</source>
        <translation>{distance} · {duration}</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>Distances and times are worked out from the straight-line distance; the line drawn is not the road.</source>
        <translation>Distances et temps calculés à partir de la distance à vol d&apos;oiseau ; le tracé ne suit pas les rues.</translation>
    </message>
    <message>
        <source>+{duration}</source>
        <translation>+{duration}</translation>
    </message>
    <message>
        <source>No turn-by-turn directions in the offline estimate.</source>
        <translation>Pas d&apos;indications pas à pas dans l&apos;estimation hors ligne.</translation>
    </message>
    <message>
        <source>No turn-by-turn directions for this route.</source>
        <translation>Pas d&apos;indications pas à pas pour ce trajet.</translation>
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
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <source>My deliveries</source>
        <translation>Mes livraisons</translation>
    </message>
    <message>
        <source>Order book</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Pizzerias</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>⚠ Stock alerts: {count}</source>
        <translation>⚠ Alertes de stock : {count}</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Leave this order? What was typed will be lost.</source>
        <translation>Abandonner cette commande ? La saisie sera perdue.</translation>
    </message>
    <message>
        <source>Maintenance mode is on: staff are signed out and cannot sign in. Their message: {message}</source>
        <translation>Mode maintenance activé : le personnel est déconnecté et ne peut pas se connecter. Message affiché : {message}</translation>
    </message>
    <message>
        <source>Maintenance: {message}. You will be signed out in {seconds} s.</source>
        <translation>Maintenance : {message}. Vous serez déconnecté dans {seconds} s.</translation>
    </message>
    <message>
        <source>Maintenance: {message}. Validate or abandon the order in progress: you will then be signed out.</source>
        <translation>Maintenance : {message}. Validez ou abandonnez la commande en cours : vous serez ensuite déconnecté.</translation>
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
        <source>Maintenance notice</source>
        <translation>Avis de maintenance</translation>
    </message>
    <message>
        <source>Sign out now</source>
        <translation>Se déconnecter maintenant</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>No itinerary to show</source>
        <translation>Aucun itinéraire à afficher</translation>
    </message>
    <message>
        <source>Map data © Google</source>
        <translation>Données cartographiques © Google</translation>
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
    <name>OptionsModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Ingrédient</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Supplément</translation>
    </message>
    <message>
        <source>Without</source>
        <translation>Sans</translation>
    </message>
    <message>
        <source>recipe&apos;s</source>
        <translation>celle de la recette</translation>
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
        <source>Advised store</source>
        <translation>Restaurant conseillé</translation>
    </message>
    <message>
        <source>The store that can make the whole order and deliver it fastest (advice only: the order is placed in your store)</source>
        <translation>Le restaurant qui peut préparer toute la commande et la livrer le plus vite (simple conseil : la commande est enregistrée dans votre restaurant)</translation>
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
    <name>ProductListModel</name>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Pizzerias</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archivé)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{count} sur {total}</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Supplier receipt</source>
        <translation>Réception fournisseur</translation>
    </message>
    <message>
        <source>Type the number of packs delivered for each ingredient, or a loose quantity (2,5 kg, 750 g, 1,5 l, 12 pcs). Review, then confirm.</source>
        <translation>Saisissez le nombre de colis livrés pour chaque ingrédient, ou une quantité au détail (2,5 kg, 750 g, 1,5 l, 12 pcs). Vérifiez, puis confirmez.</translation>
    </message>
    <message>
        <source>Delivery note &amp;reference</source>
        <translation>&amp;Référence du bon de livraison</translation>
    </message>
    <message>
        <source>Optional, e.g. BL-2026-1128</source>
        <translation>Facultatif, p. ex. BL-2026-1128</translation>
    </message>
    <message>
        <source>&amp;Confirm the receipt</source>
        <translation>&amp;Confirmer la réception</translation>
    </message>
    <message>
        <source>Nothing entered: type a number of packs or a quantity.</source>
        <translation>Rien n&apos;a été saisi : indiquez un nombre de colis ou une quantité.</translation>
    </message>
    <message>
        <source>{count} × {pack}</source>
        <translation>{count} × {pack}</translation>
    </message>
    <message>
        <source>{count} ingredients received:</source>
        <translation>{count} ingrédients reçus :</translation>
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
    <name>RecipeModel</name>
    <message>
        <source>Ingredient</source>
        <translation>Ingrédient</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>wk of {day}</source>
        <translation>sem. du {day}</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>OC Pizza report from {first} to {last}</source>
        <translation>Rapport OC Pizza du {first} au {last}</translation>
    </message>
    <message>
        <source>Generated on {when}</source>
        <translation>Généré le {when}</translation>
    </message>
    <message>
        <source>Stores: {names}</source>
        <translation>Magasins : {names}</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Rien sur cette période.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Magasins</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Délais</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>La semaine dernière</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Les 12 derniers mois</translation>
    </message>
    <message>
        <source>Dates chosen</source>
        <translation>Dates choisies</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Tous les magasins</translation>
    </message>
    <message>
        <source>{count} stores</source>
        <translation>{count} magasins</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Reading the revenue…</source>
        <translation>Lecture du chiffre d&apos;affaires…</translation>
    </message>
    <message>
        <source>Reading the products…</source>
        <translation>Lecture des produits…</translation>
    </message>
    <message>
        <source>Reading the channels…</source>
        <translation>Lecture des canaux…</translation>
    </message>
    <message>
        <source>Reading the times…</source>
        <translation>Lecture des délais…</translation>
    </message>
    <message>
        <source>Reading the stock…</source>
        <translation>Lecture du stock…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
    <message>
        <source>The figures below are those of the previous report.</source>
        <translation>Les chiffres ci-dessous sont ceux du rapport précédent.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Choose a period and the stores, then press Run.</source>
        <translation>Choisissez une période et les magasins, puis cliquez sur Lancer.</translation>
    </message>
    <message>
        <source>No order and no stock movement in this period for these stores.</source>
        <translation>Aucune commande ni mouvement de stock sur cette période pour ces magasins.</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>by week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>From {first} to {last} · {stores} · {granularity}</source>
        <translation>Du {first} au {last} · {stores} · {granularity}</translation>
    </message>
    <message>
        <source>All together</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>Preparation, median</source>
        <translation>Préparation, médiane</translation>
    </message>
    <message>
        <source>Preparation, 90th percentile</source>
        <translation>Préparation, 90e centile</translation>
    </message>
    <message>
        <source>Delivery, median</source>
        <translation>Livraison, médiane</translation>
    </message>
    <message>
        <source>Delivery, 90th percentile</source>
        <translation>Livraison, 90e centile</translation>
    </message>
    <message>
        <source>Lateness, median</source>
        <translation>Retard, médiane</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Cancellation rate</source>
        <translation>Taux d&apos;annulation</translation>
    </message>
    <message>
        <source>Revenue incl. VAT</source>
        <translation>CA TTC</translation>
    </message>
    <message>
        <source>Revenue excl. VAT</source>
        <translation>CA HT</translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <source>Preparation median</source>
        <translation>Préparation médiane</translation>
    </message>
    <message>
        <source>Preparation P90</source>
        <translation>Préparation P90</translation>
    </message>
    <message>
        <source>Delivery median</source>
        <translation>Livraison médiane</translation>
    </message>
    <message>
        <source>Delivery P90</source>
        <translation>Livraison P90</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Lateness median</source>
        <translation>Retard médian</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>No sale in this period.</source>
        <translation>Aucune vente sur cette période.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>No product sold in this period.</source>
        <translation>Aucun produit vendu sur cette période.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>Late rate</source>
        <translation>Taux de retard</translation>
    </message>
    <message>
        <source>Lateness P90</source>
        <translation>Retard P90</translation>
    </message>
    <message>
        <source>No order was timed in this period.</source>
        <translation>Aucune commande chronométrée sur cette période.</translation>
    </message>
    <message>
        <source>Ingredient</source>
        <translation>Ingrédient</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Consumed in theory</source>
        <translation>Consommation théorique</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>Pertes</translation>
    </message>
    <message>
        <source>Inventory difference</source>
        <translation>Écart d&apos;inventaire</translation>
    </message>
    <message>
        <source>Consumed in fact</source>
        <translation>Consommation réelle</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Rapport enregistré : {path}</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Le fichier n&apos;a pas pu être écrit : {reason}</translation>
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
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Create an account (Ctrl+N)</source>
        <translation>Créer un compte (Ctrl+N)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Reload the list (F5)</source>
        <translation>Recharger la liste (F5)</translation>
    </message>
    <message>
        <source>Username or name… (Ctrl+F)</source>
        <translation>Identifiant ou nom… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Pizzeria</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>e.g. accueil2.bastille</source>
        <translation>ex. accueil2.bastille</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nom complet</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>S&amp;tore</source>
        <translation>&amp;Pizzeria</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>At least 10 characters, letters and a digit
or symbol. Give it to the person in private:
it is never shown again.</source>
        <translation>Au moins 10 caractères, des lettres et un
chiffre ou un symbole. À donner en privé :
il n&apos;est plus jamais affiché.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Rep&amp;eat password</source>
        <translation>&amp;Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>Set pass&amp;word</source>
        <translation>Réini&amp;tialiser</translation>
    </message>
    <message>
        <source>Give the account this new password and unlock it</source>
        <translation>Donner ce nouveau mot de passe au compte et le déverrouiller</translation>
    </message>
    <message>
        <source>Deacti&amp;vate</source>
        <translation>Désacti&amp;ver</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Create or save the account (Ctrl+S)</source>
        <translation>Créer ou enregistrer le compte (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>Active and deactivated</source>
        <translation>Actifs et désactivés</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Actifs seulement</translation>
    </message>
    <message>
        <source>Deactivated only</source>
        <translation>Désactivés seulement</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Toutes les pizzerias</translation>
    </message>
    <message>
        <source>— no store —</source>
        <translation>— aucune pizzeria —</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Choose the first password below, then Save.</source>
        <translation>Choisissez le premier mot de passe ci-dessous, puis Créer.</translation>
    </message>
    <message>
        <source>Deactivated: signing in is refused.</source>
        <translation>Désactivé : la connexion est refusée.</translation>
    </message>
    <message>
        <source>Locked after too many attempts until {time}.</source>
        <translation>Verrouillé après trop d&apos;essais jusqu&apos;à {time}.</translation>
    </message>
    <message>
        <source>Active.</source>
        <translation>Actif.</translation>
    </message>
    <message>
        <source>Deacti&amp;vate</source>
        <translation>Désacti&amp;ver</translation>
    </message>
    <message>
        <source>Reacti&amp;vate</source>
        <translation>Réacti&amp;ver</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The two passwords are different: type the same one twice.</source>
        <translation>Les deux mots de passe sont différents : tapez deux fois le même.</translation>
    </message>
    <message>
        <source>Deactivate the account</source>
        <translation>Désactiver le compte</translation>
    </message>
    <message>
        <source>Deactivate {username}? Signing in will be refused.</source>
        <translation>Désactiver {username} ? La connexion sera refusée.</translation>
    </message>
    <message>
        <source>{username} can now sign in with the new password.</source>
        <translation>{username} peut maintenant se connecter avec le nouveau mot de passe.</translation>
    </message>
</context>
<context>
    <name>StockModels</name>
    <message>
        <source>g, or kg: 2,5 kg</source>
        <translation>g, ou kg : 2,5 kg</translation>
    </message>
    <message>
        <source>ml, or l: 1,5 l</source>
        <translation>ml, ou l : 1,5 l</translation>
    </message>
    <message>
        <source>pieces</source>
        <translation>pièces</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Under threshold</source>
        <translation>Sous le seuil</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Épuisé</translation>
    </message>
    <message>
        <source>Supplier receipt</source>
        <translation>Réception fournisseur</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Inventory adjustment</source>
        <translation>Ajustement d&apos;inventaire</translation>
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
        <source>Threshold</source>
        <translation>Seuil d&apos;alerte</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Supplier pack</source>
        <translation>Colis fournisseur</translation>
    </message>
    <message>
        <source>Double-click or F2 to change the alert threshold</source>
        <translation>Double-clic ou F2 pour modifier le seuil d&apos;alerte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>order {number}</source>
        <translation>commande {number}</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Colis</translation>
    </message>
    <message>
        <source>Loose quantity</source>
        <translation>Quantité au détail</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Pizzeria</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Reload the balances (F5)</source>
        <translation>Recharger les soldes (F5)</translation>
    </message>
    <message>
        <source>Filter ingredients… (Ctrl+F)</source>
        <translation>Filtrer les ingrédients… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Only &amp;alerts</source>
        <translation>&amp;Alertes seulement</translation>
    </message>
    <message>
        <source>Show only the ingredients under their threshold or out of stock (Alt+A)</source>
        <translation>Afficher seulement les ingrédients sous leur seuil ou épuisés (Alt+A)</translation>
    </message>
    <message>
        <source>Record a delivery from a supplier (Alt+R)</source>
        <translation>Enregistrer une livraison d&apos;un fournisseur (Alt+R)</translation>
    </message>
    <message>
        <source>Count the stock and record the differences (Alt+I)</source>
        <translation>Compter le stock et enregistrer les écarts (Alt+I)</translation>
    </message>
    <message>
        <source>Write off what was thrown away, with its reason (Alt+W)</source>
        <translation>Sortir du stock ce qui a été jeté, avec la raison (Alt+P)</translation>
    </message>
    <message>
        <source>Supplier &amp;receipt…</source>
        <translation>&amp;Réception fournisseur…</translation>
    </message>
    <message>
        <source>&amp;Inventory count…</source>
        <translation>&amp;Inventaire…</translation>
    </message>
    <message>
        <source>&amp;Waste…</source>
        <translation>&amp;Pertes…</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <source>All movements</source>
        <translation>Tous les mouvements</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
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
        <source>Dates…</source>
        <translation>Dates…</translation>
    </message>
    <message>
        <source>{count} ingredients · {low} under threshold</source>
        <translation>{count} ingrédients · {low} sous le seuil</translation>
    </message>
    <message>
        <source>{count} shown</source>
        <translation>{count} affichés</translation>
    </message>
    <message>
        <source>Select an ingredient to see its movements.</source>
        <translation>Sélectionnez un ingrédient pour voir ses mouvements.</translation>
    </message>
    <message>
        <source>Movements of {name}</source>
        <translation>Mouvements : {name}</translation>
    </message>
    <message>
        <source>in stock: {quantity}</source>
        <translation>en stock : {quantity}</translation>
    </message>
    <message>
        <source>{count} movements</source>
        <translation>{count} mouvements</translation>
    </message>
    <message>
        <source>{count} movements shown, more below</source>
        <translation>{count} mouvements affichés, d&apos;autres plus bas</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>Inventory count</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>The stock moved while you were counting (orders placed meanwhile): the counted quantities are now the balances, and the adjustments were computed from the balances at the confirmation.</source>
        <translation>Le stock a bougé pendant le comptage (commandes passées entre-temps) : les quantités comptées sont désormais les soldes, et les écarts ont été calculés sur les soldes au moment de la confirmation.</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Impossible</translation>
    </message>
    <message>
        <source>“{text}” is not a quantity for {name} ({hint}).</source>
        <translation>« {text} » n&apos;est pas une quantité pour {name} ({hint}).</translation>
    </message>
</context>
<context>
    <name>StockSheetDialog</name>
    <message>
        <source>Changed: review again.</source>
        <translation>Modifié : vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>“{text}” is not a quantity for {name} ({hint}).</source>
        <translation>« {text} » n&apos;est pas une quantité pour {name} ({hint}).</translation>
    </message>
    <message>
        <source>Review before confirming.</source>
        <translation>Vérifiez avant de confirmer.</translation>
    </message>
    <message>
        <source>Find an ingredient… (Ctrl+F)</source>
        <translation>Chercher un ingrédient… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Check what will change before confirming (Ctrl+Enter)</source>
        <translation>Voir ce qui va changer avant de confirmer (Ctrl+Entrée)</translation>
    </message>
</context>
<context>
    <name>StockWasteDialog</name>
    <message>
        <source>Record waste</source>
        <translation>Enregistrer une perte</translation>
    </message>
    <message>
        <source>&amp;Ingredient</source>
        <translation>&amp;Ingrédient</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantité</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Raison</translation>
    </message>
    <message>
        <source>Dropped, past its date, burnt…</source>
        <translation>Tombé, date dépassée, brûlé…</translation>
    </message>
</context>
<context>
    <name>StoreAdvice</name>
    <message>
        <source>Advised store: shown once the address is saved (Ctrl+S).</source>
        <translation>Restaurant conseillé : affiché une fois l&apos;adresse enregistrée (Ctrl+S).</translation>
    </message>
    <message>
        <source>Advised store: looking…</source>
        <translation>Restaurant conseillé : recherche…</translation>
    </message>
    <message>
        <source>Advised store: not available ({reason}).</source>
        <translation>Restaurant conseillé : indisponible ({reason}).</translation>
    </message>
    <message>
        <source>Advised store: none</source>
        <translation>Restaurant conseillé : aucun</translation>
    </message>
    <message>
        <source>Advised store: {store}</source>
        <translation>Restaurant conseillé : {store}</translation>
    </message>
    <message>
        <source>Not your store (you are at {store}): you can still place the order here.</source>
        <translation>Ce n&apos;est pas votre restaurant (vous êtes à {store}) : vous pouvez quand même enregistrer la commande ici.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
</context>
<context>
    <name>StoresModel</name>
    <message>
        <source>Store</source>
        <translation>Pizzeria</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
</context>
<context>
    <name>StoresPage</name>
    <message>
        <source>Stores</source>
        <translation>Pizzerias</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>Nouvelle pizzeria</translation>
    </message>
    <message>
        <source>Start a new store from a copy of the selected one&apos;s hours (Ctrl+N)</source>
        <translation>Nouvelle pizzeria, avec les horaires de celle sélectionnée (Ctrl+N)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Reload the list (F5)</source>
        <translation>Recharger la liste (F5)</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Pizzeria</translation>
    </message>
    <message>
        <source>Address and contact</source>
        <translation>Adresse et contact</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>e.g. bastille</source>
        <translation>ex. bastille</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>Code p&amp;ostal</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>V&amp;ille</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Tél&amp;éphone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Latitude</source>
        <translation>&amp;Latitude</translation>
    </message>
    <message>
        <source>Lon&amp;gitude</source>
        <translation>Lon&amp;gitude</translation>
    </message>
    <message>
        <source>&amp;Delivery radius</source>
        <translation>Ra&amp;yon de livraison</translation>
    </message>
    <message>
        <source>The delivery zone: customers within this distance of the store</source>
        <translation>La zone de livraison : les clients à moins de cette distance de la pizzeria</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Opening hours (Paris time)</source>
        <translation>Horaires d&apos;ouverture (heure de Paris)</translation>
    </message>
    <message>
        <source>Slots such as &quot;11:30-14:30, 18:00-23:00&quot;; empty: closed.</source>
        <translation>Plages comme « 11:30-14:30, 18:00-23:00 » ; vide : fermé.</translation>
    </message>
    <message>
        <source>&amp;Monday</source>
        <translation>L&amp;undi</translation>
    </message>
    <message>
        <source>T&amp;uesday</source>
        <translation>Ma&amp;rdi</translation>
    </message>
    <message>
        <source>&amp;Wednesday</source>
        <translation>&amp;Mercredi</translation>
    </message>
    <message>
        <source>Thu&amp;rsday</source>
        <translation>&amp;Jeudi</translation>
    </message>
    <message>
        <source>&amp;Friday</source>
        <translation>&amp;Vendredi</translation>
    </message>
    <message>
        <source>S&amp;aturday</source>
        <translation>&amp;Samedi</translation>
    </message>
    <message>
        <source>Sunda&amp;y</source>
        <translation>Dimanc&amp;he</translation>
    </message>
    <message>
        <source>Deacti&amp;vate</source>
        <translation>Dés&amp;activer</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>Annuler les modi&amp;fications</translation>
    </message>
    <message>
        <source>Read the store again from the database, dropping your changes</source>
        <translation>Relire la pizzeria dans la base, en abandonnant vos modifications</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enregis&amp;trer</translation>
    </message>
    <message>
        <source>Save the store (Ctrl+S)</source>
        <translation>Enregistrer la pizzeria (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>StoresScreen</name>
    <message>
        <source>New store</source>
        <translation>Nouvelle pizzeria</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Pas encore enregistrée.</translation>
    </message>
    <message>
        <source>Open.</source>
        <translation>Ouverte.</translation>
    </message>
    <message>
        <source>Closed (deactivated).</source>
        <translation>Fermée (désactivée).</translation>
    </message>
    <message>
        <source>Deacti&amp;vate</source>
        <translation>Dés&amp;activer</translation>
    </message>
    <message>
        <source>Reacti&amp;vate</source>
        <translation>Ré&amp;activer</translation>
    </message>
    <message>
        <source>Deactivate the store</source>
        <translation>Désactiver la pizzeria</translation>
    </message>
    <message>
        <source>Mark {store} as closed? Its staff can no longer sign in; its data and history are kept.</source>
        <translation>Marquer {store} comme fermée ? Son personnel ne pourra plus se connecter ; ses données et son historique sont conservés.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>Slots such as &quot;11:30-14:30, 18:00-23:00&quot;; empty: closed.</source>
        <translation>Plages comme « 11:30-14:30, 18:00-23:00 » ; vide : fermé.</translation>
    </message>
</context>
<context>
    <name>WasteDialog</name>
    <message>
        <source>&amp;Write off</source>
        <translation>Passer en &amp;perte</translation>
    </message>
    <message>
        <source>Choose an ingredient from the list.</source>
        <translation>Choisissez un ingrédient dans la liste.</translation>
    </message>
    <message>
        <source>“{text}” is not a quantity for {name} ({hint}).</source>
        <translation>« {text} » n&apos;est pas une quantité pour {name} ({hint}).</translation>
    </message>
</context>
</TS>
