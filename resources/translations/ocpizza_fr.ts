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
    <name>Allergen</name>
    <message>
        <source>Cereals containing gluten</source>
        <translation>Céréales contenant du gluten</translation>
    </message>
    <message>
        <source>Crustaceans</source>
        <translation>Crustacés</translation>
    </message>
    <message>
        <source>Eggs</source>
        <translation>Œufs</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>Poissons</translation>
    </message>
    <message>
        <source>Peanuts</source>
        <translation>Arachides</translation>
    </message>
    <message>
        <source>Soybeans</source>
        <translation>Soja</translation>
    </message>
    <message>
        <source>Milk</source>
        <translation>Lait</translation>
    </message>
    <message>
        <source>Nuts</source>
        <translation>Fruits à coque</translation>
    </message>
    <message>
        <source>Celery</source>
        <translation>Céleri</translation>
    </message>
    <message>
        <source>Mustard</source>
        <translation>Moutarde</translation>
    </message>
    <message>
        <source>Sesame seeds</source>
        <translation>Graines de sésame</translation>
    </message>
    <message>
        <source>Sulphur dioxide and sulphites (&gt; 10 mg/kg)</source>
        <translation>Anhydride sulfureux et sulfites (&gt; 10 mg/kg)</translation>
    </message>
    <message>
        <source>Lupin</source>
        <translation>Lupin</translation>
    </message>
    <message>
        <source>Molluscs</source>
        <translation>Mollusques</translation>
    </message>
</context>
<context>
    <name>AllergenBar</name>
    <message>
        <source>All allergens</source>
        <translation>Tous allergènes</translation>
    </message>
    <message>
        <source>Without {allergen}</source>
        <translation>Sans {allergen}</translation>
    </message>
    <message>
        <source>Show only the dishes known to contain none of this allergen</source>
        <translation>N&apos;afficher que les plats dont on sait qu&apos;ils ne contiennent pas cet allergène</translation>
    </message>
    <message>
        <source>Allergen sheet</source>
        <translation>Fiche allergènes</translation>
    </message>
    <message>
        <source>Print the menu&apos;s allergens, dish by dish</source>
        <translation>Imprimer les allergènes de la carte, plat par plat</translation>
    </message>
    <message>
        <source>Sheet…</source>
        <translation>Fiche…</translation>
    </message>
    <message>
        <source>{name}: allergens not recorded for {ingredients}: ask the kitchen</source>
        <translation>{name} : allergènes non renseignés pour {ingredients} : demandez en cuisine</translation>
    </message>
    <message>
        <source>{name} contains: {allergens}</source>
        <translation>{name} contient : {allergens}</translation>
    </message>
    <message>
        <source>{name}: none of the 14 regulated allergens</source>
        <translation>{name} : aucun des 14 allergènes réglementaires</translation>
    </message>
    <message>
        <source>Allergens</source>
        <translation>Allergènes</translation>
    </message>
</context>
<context>
    <name>AllergenShort</name>
    <message>
        <source>gluten</source>
        <translation>gluten</translation>
    </message>
    <message>
        <source>crustaceans</source>
        <translation>crustacés</translation>
    </message>
    <message>
        <source>eggs</source>
        <translation>œufs</translation>
    </message>
    <message>
        <source>fish</source>
        <translation>poisson</translation>
    </message>
    <message>
        <source>peanuts</source>
        <translation>arachides</translation>
    </message>
    <message>
        <source>soy</source>
        <translation>soja</translation>
    </message>
    <message>
        <source>milk</source>
        <translation>lait</translation>
    </message>
    <message>
        <source>nuts</source>
        <translation>fruits à coque</translation>
    </message>
    <message>
        <source>celery</source>
        <translation>céleri</translation>
    </message>
    <message>
        <source>mustard</source>
        <translation>moutarde</translation>
    </message>
    <message>
        <source>sesame</source>
        <translation>sésame</translation>
    </message>
    <message>
        <source>sulphites</source>
        <translation>sulfites</translation>
    </message>
    <message>
        <source>lupin</source>
        <translation>lupin</translation>
    </message>
    <message>
        <source>molluscs</source>
        <translation>mollusques</translation>
    </message>
</context>
<context>
    <name>AllergensDialog</name>
    <message>
        <source>{name} — not recorded</source>
        <translation>{name} — non renseigné</translation>
    </message>
    <message>
        <source>Recorded: {name}.</source>
        <translation>Enregistré : {name}.</translation>
    </message>
    <message>
        <source>Allergens of the ingredients</source>
        <translation>Allergènes des ingrédients</translation>
    </message>
    <message>
        <source>The 14 allergens of EU regulation 1169/2011 (annex II), recorded once per ingredient: every dish&apos;s allergens are derived from its recipe.</source>
        <translation>Les 14 allergènes du règlement UE 1169/2011 (annexe II), renseignés une fois par ingrédient : les allergènes de chaque plat sont déduits de sa recette.</translation>
    </message>
    <message>
        <source>Ingredients</source>
        <translation>Ingrédients</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Contient</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Record the ticked allergens for this ingredient (Ctrl+S); none ticked records &quot;none&quot;</source>
        <translation>Enregistrer les allergènes cochés pour cet ingrédient (Ctrl+S) ; rien de coché enregistre « aucun »</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
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
        <source>Kitchen or delivery tap undone</source>
        <translation>Geste en cuisine ou de livraison annulé</translation>
    </message>
    <message>
        <source>Late change seen by the kitchen</source>
        <translation>Modification tardive vue par la cuisine</translation>
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
        <source>Product created</source>
        <translation>Produit créé</translation>
    </message>
    <message>
        <source>Product changed</source>
        <translation>Produit modifié</translation>
    </message>
    <message>
        <source>Product archived</source>
        <translation>Produit archivé</translation>
    </message>
    <message>
        <source>Product restored</source>
        <translation>Produit rétabli</translation>
    </message>
    <message>
        <source>Formula saved</source>
        <translation>Formule enregistrée</translation>
    </message>
    <message>
        <source>Product photo</source>
        <translation>Photo du produit</translation>
    </message>
    <message>
        <source>Product on/off in stores</source>
        <translation>Produit activé/désactivé dans les pizzerias</translation>
    </message>
    <message>
        <source>Customer created</source>
        <translation>Client créé</translation>
    </message>
    <message>
        <source>Customer changed</source>
        <translation>Client modifié</translation>
    </message>
    <message>
        <source>Address added</source>
        <translation>Adresse ajoutée</translation>
    </message>
    <message>
        <source>Address changed</source>
        <translation>Adresse modifiée</translation>
    </message>
    <message>
        <source>Address placed on the map</source>
        <translation>Adresse placée sur la carte</translation>
    </message>
    <message>
        <source>Customers merged</source>
        <translation>Clients fusionnés</translation>
    </message>
    <message>
        <source>Customer merged into another</source>
        <translation>Client fusionné dans un autre</translation>
    </message>
    <message>
        <source>Customer&apos;s data exported</source>
        <translation>Données du client exportées</translation>
    </message>
    <message>
        <source>Till rules</source>
        <translation>Règles de caisse</translation>
    </message>
    <message>
        <source>Half-and-half price rule</source>
        <translation>Règle de prix des moitié-moitié</translation>
    </message>
    <message>
        <source>Receipt or credit note printed</source>
        <translation>Reçu ou avoir imprimé</translation>
    </message>
    <message>
        <source>Ingredient&apos;s allergens</source>
        <translation>Allergènes d&apos;un ingrédient</translation>
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
        <source>Store&apos;s stock</source>
        <translation>Stock de la pizzeria</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Ingredient no. {id}</source>
        <translation>Ingrédient n° {id}</translation>
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
    <message>
        <source>Allergens</source>
        <translation>Allergènes</translation>
    </message>
    <message>
        <source>Allergens recorded</source>
        <translation>Allergènes renseignés</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Supplier packs</source>
        <translation>Colis fournisseur</translation>
    </message>
    <message>
        <source>Loose units</source>
        <translation>Unités au détail</translation>
    </message>
    <message>
        <source>Quantities received</source>
        <translation>Quantités reçues</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Bon de livraison</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address no.</source>
        <translation>Adresse n°</translation>
    </message>
    <message>
        <source>Address replaced</source>
        <translation>Adresse remplacée</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Effacé</translation>
    </message>
    <message>
        <source>Request reference</source>
        <translation>Référence de la demande</translation>
    </message>
    <message>
        <source>Customer merged</source>
        <translation>Client fusionné</translation>
    </message>
    <message>
        <source>Merged into customer</source>
        <translation>Fusionné dans le client</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Voucher excess</source>
        <translation>Excédent de titre-restaurant</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Promised at</source>
        <translation>Promise pour</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Pizzerias</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Ticket no.</source>
        <translation>N° de ticket</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicata</translation>
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
        <source>{count} entry</source>
        <translation>{count} entrée</translation>
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
        <source>Daily (%1)</source>
        <translation>Quotidienne (%1)</translation>
    </message>
    <message>
        <source>Weekly (week from %1)</source>
        <translation>Hebdomadaire (semaine du %1)</translation>
    </message>
    <message>
        <source>The newest backup</source>
        <translation>La plus récente</translation>
    </message>
    <message>
        <source>Dated in the future</source>
        <translation>Datée dans le futur</translation>
    </message>
    <message>
        <source>Next prune: a newer one of %1 is kept</source>
        <translation>Prochain nettoyage : une plus récente du %1 est gardée</translation>
    </message>
    <message>
        <source>Next prune: an older one of that week is kept</source>
        <translation>Prochain nettoyage : une plus ancienne de cette semaine est gardée</translation>
    </message>
    <message>
        <source>Next prune: too close to the next weekly copy</source>
        <translation>Prochain nettoyage : trop proche de la copie hebdomadaire suivante</translation>
    </message>
    <message>
        <source>Next prune: older than the schedule</source>
        <translation>Prochain nettoyage : plus ancienne que le calendrier</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1&#xa0;o</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1&#xa0;Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1&#xa0;Mo</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1&#xa0;Go</translation>
    </message>
    <message>
        <source>Folder: %1 — database: %2</source>
        <translation>Dossier : %1 — base : %2</translation>
    </message>
    <message>
        <source>Kept by</source>
        <translation>Gardée au titre de</translation>
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
        <source>Restored (database version %1); GDPR erasures applied again: %2.</source>
        <translation>Restaurée (version %1 de la base) ; effacements RGPD réappliqués : %2.</translation>
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
        <source>Version</source>
        <translation>Version</translation>
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
        <source>Discount {amount} ({reason})</source>
        <translation>Remise {amount} ({reason})</translation>
    </message>
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
    <name>CashClosePage</name>
    <message>
        <source>Cash close</source>
        <translation>Clôture de caisse</translation>
    </message>
    <message>
        <source>Business &amp;day:</source>
        <translation>&amp;Journée :</translation>
    </message>
    <message>
        <source>The business day to close (Alt+D)</source>
        <translation>La journée à clôturer (Alt+J)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Read the day again (F5)</source>
        <translation>Relire la journée (F5)</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>La journée</translation>
    </message>
    <message>
        <source>Sales and takings</source>
        <translation>Ventes et encaissements</translation>
    </message>
    <message>
        <source>Drawer count</source>
        <translation>Comptage du tiroir</translation>
    </message>
    <message>
        <source>Type how many of each, Enter to go down. The day&apos;s cash only, without the change fund.</source>
        <translation>Tapez le nombre de chaque, Entrée pour descendre. Les espèces de la journée seules, sans le fonds de caisse.</translation>
    </message>
    <message>
        <source>Cash in the drawer</source>
        <translation>Espèces en caisse</translation>
    </message>
    <message>
        <source>Orders still open</source>
        <translation>Commandes encore ouvertes</translation>
    </message>
    <message>
        <source>&amp;Carry them over to the next business day</source>
        <translation>&amp;Reporter sur la journée suivante</translation>
    </message>
    <message>
        <source>Note on the closure (optional)</source>
        <translation>Remarque sur la clôture (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Print the Z</source>
        <translation>&amp;Imprimer le Z</translation>
    </message>
    <message>
        <source>C&amp;lose the day…</source>
        <translation>C&amp;lôturer la journée…</translation>
    </message>
    <message>
        <source>Close the business day and print its Z (Ctrl+Enter)</source>
        <translation>Clôturer la journée et imprimer son ticket Z (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Earlier closures</source>
        <translation>Clôtures précédentes</translation>
    </message>
    <message>
        <source>&amp;Reprint (duplicate)</source>
        <translation>&amp;Réimprimer (duplicata)</translation>
    </message>
    <message>
        <source>&amp;Older…</source>
        <translation>&amp;Plus anciennes…</translation>
    </message>
    <message>
        <source>The month to close</source>
        <translation>Le mois à clôturer</translation>
    </message>
    <message>
        <source>Close the &amp;month…</source>
        <translation>Clôturer le &amp;mois…</translation>
    </message>
    <message>
        <source>The year to close</source>
        <translation>L&apos;année à clôturer</translation>
    </message>
    <message>
        <source>Close the &amp;year…</source>
        <translation>Clôturer l&apos;a&amp;nnée…</translation>
    </message>
</context>
<context>
    <name>CashCloseScreen</name>
    <message>
        <source>Reading the day…</source>
        <translation>Lecture de la journée…</translation>
    </message>
    <message>
        <source>Not up to date</source>
        <translation>Pas à jour</translation>
    </message>
    <message>
        <source>&amp;Print the Z again (duplicate)</source>
        <translation>&amp;Réimprimer le Z (duplicata)</translation>
    </message>
    <message>
        <source>&amp;Print the Z</source>
        <translation>&amp;Imprimer le Z</translation>
    </message>
    <message>
        <source>Closed on {when} by {who}</source>
        <translation>Clôturée le {when} par {who}</translation>
    </message>
    <message>
        <source>Not begun yet</source>
        <translation>Pas encore commencée</translation>
    </message>
    <message>
        <source>This business day has not begun: it cannot be closed yet.</source>
        <translation>Cette journée n&apos;a pas commencé : elle ne peut pas encore être clôturée.</translation>
    </message>
    <message>
        <source>Cannot be closed</source>
        <translation>Clôture impossible</translation>
    </message>
    <message>
        <source>A later day is already closed ({day}): this one can no longer be; its entries went to the next business day.</source>
        <translation>Une journée postérieure est déjà clôturée ({day}) : celle-ci ne peut plus l&apos;être ; ses écritures sont passées sur la journée suivante.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>The day {day} has sales and is not closed: &lt;a href=&apos;{iso}&apos;&gt;close it first&lt;/a&gt;.</source>
        <translation>La journée du {day} a des ventes et n&apos;est pas clôturée : &lt;a href=&apos;{iso}&apos;&gt;clôturez-la d&apos;abord&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Gross sales</source>
        <translation>Ventes brutes</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>Sales incl. VAT</source>
        <translation>Ventes TTC</translation>
    </message>
    <message>
        <source>of which VAT</source>
        <translation>dont TVA</translation>
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
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Takings</source>
        <translation>Encaissements</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Encaissé</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Règlement</translation>
    </message>
    <message>
        <source>No ticket</source>
        <translation>Aucun ticket</translation>
    </message>
    <message>
        <source>Tickets No. {first} to {last} ({count})</source>
        <translation>Tickets n° {first} à {last} ({count})</translation>
    </message>
    <message>
        <source>{modifications} modification(s) · {cancellations} cancellation(s) · {refunds} credit note(s)</source>
        <translation>{modifications} modification(s) · {cancellations} annulation(s) · {refunds} avoir(s)</translation>
    </message>
    <message>
        <source>Perpetual grand total: {amount}</source>
        <translation>Grand total perpétuel : {amount}</translation>
    </message>
    <message>
        <source>Cash takings</source>
        <translation>Espèces encaissées</translation>
    </message>
    <message>
        <source>Still with drivers on shift</source>
        <translation>Chez les livreurs en service</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>Attendu en caisse</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Difference: {amount}</source>
        <translation>Écart : {amount}</translation>
    </message>
    <message>
        <source>Counted: {amount}</source>
        <translation>Compté : {amount}</translation>
    </message>
    <message>
        <source>{name}, on shift since {time}: carries {cash} (fund {fund})</source>
        <translation>{name}, en service depuis {time} : détient {cash} (fonds {fund})</translation>
    </message>
    <message>
        <source>{name}: handed in {amount} at {time}</source>
        <translation>{name} : a remis {amount} à {time}</translation>
    </message>
    <message>
        <source>Carried over to the next day: No. {orders}</source>
        <translation>Reportées sur la journée suivante : n° {orders}</translation>
    </message>
    <message>
        <source>None was left open.</source>
        <translation>Aucune n&apos;était restée ouverte.</translation>
    </message>
    <message>
        <source>None: every order of the day is finished and paid.</source>
        <translation>Aucune : toutes les commandes de la journée sont terminées et réglées.</translation>
    </message>
    <message>
        <source>{count} order(s) not finished or not fully paid.</source>
        <translation>{count} commande(s) non terminée(s) ou pas entièrement réglée(s).</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dû</translation>
    </message>
    <message>
        <source>Journal entry No. {sequence}, fingerprint {fingerprint}; signed.</source>
        <translation>Écriture n° {sequence} du journal, empreinte {fingerprint} ; signée.</translation>
    </message>
    <message>
        <source>Journal entry No. {sequence}, fingerprint {fingerprint}; not signed.</source>
        <translation>Écriture n° {sequence} du journal, empreinte {fingerprint} ; non signée.</translation>
    </message>
    <message>
        <source>The closure will be signed with this PC&apos;s key {key}.</source>
        <translation>La clôture sera signée avec la clé de ce poste {key}.</translation>
    </message>
    <message>
        <source>No signing key on this PC: the closure will be chained but not signed (administrator: ocpizza-desk journal keygen).</source>
        <translation>Pas de clé de signature sur ce poste : la clôture sera chaînée mais non signée (administrateur : ocpizza-desk journal keygen).</translation>
    </message>
    <message>
        <source>“{text}” is not a count for {denomination}.</source>
        <translation>« {text} » n&apos;est pas un nombre pour : {denomination}.</translation>
    </message>
    <message>
        <source>Orders are still open: finish them, or tick “Carry them over” to close the day anyway.</source>
        <translation>Des commandes sont encore ouvertes : terminez-les, ou cochez « Reporter » pour clôturer quand même la journée.</translation>
    </message>
    <message>
        <source>Close the business day {day}?</source>
        <translation>Clôturer la journée du {day} ?</translation>
    </message>
    <message>
        <source>Sales incl. VAT: {amount}</source>
        <translation>Ventes TTC : {amount}</translation>
    </message>
    <message>
        <source>Expected in the drawer: {amount}</source>
        <translation>Attendu en caisse : {amount}</translation>
    </message>
    <message>
        <source>{count} open order(s) carried over to the next day.</source>
        <translation>{count} commande(s) ouverte(s) reportée(s) sur la journée suivante.</translation>
    </message>
    <message>
        <source>Once closed, the day takes no more entries: later sales go to the next business day. The Z is printed.</source>
        <translation>Une fois clôturée, la journée ne reçoit plus aucune écriture : les ventes suivantes iront sur la journée suivante. Le ticket Z est imprimé.</translation>
    </message>
    <message>
        <source>Cash close</source>
        <translation>Clôture de caisse</translation>
    </message>
    <message>
        <source>Day (Z)</source>
        <translation>Journée (Z)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Cash difference</source>
        <translation>Écart de caisse</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>Grand total</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <source>Close the month {month}? Its day closures are cumulated into one closure, chained and signed like them.</source>
        <translation>Clôturer le mois {month} ? Ses clôtures journalières sont cumulées en une clôture, chaînée et signée comme elles.</translation>
    </message>
    <message>
        <source>Monthly closure</source>
        <translation>Clôture mensuelle</translation>
    </message>
    <message>
        <source>Close the year {year}? Its monthly closures are cumulated into one closure, chained and signed like them.</source>
        <translation>Clôturer l&apos;année {year} ? Ses clôtures mensuelles sont cumulées en une clôture, chaînée et signée comme elles.</translation>
    </message>
    <message>
        <source>Yearly closure</source>
        <translation>Clôture annuelle</translation>
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
        <source>Allergens…</source>
        <translation>Allergènes…</translation>
    </message>
    <message>
        <source>Record each ingredient&apos;s allergens (the 14 of EU regulation 1169/2011)</source>
        <translation>Renseigner les allergènes de chaque ingrédient (les 14 du règlement UE 1169/2011)</translation>
    </message>
    <message>
        <source>Formulas…</source>
        <translation>Formules…</translation>
    </message>
    <message>
        <source>The formulas (menus): a set price, one choice per slot, supplements</source>
        <translation>Les formules (menus) : un prix fixe, un choix par emplacement, des suppléments</translation>
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
        <source>Si&amp;zes:</source>
        <translation>Tailles et &amp;formats :</translation>
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
    <name>ChangeBanner</name>
    <message>
        <source>note: {text}</source>
        <translation>note : {text}</translation>
    </message>
    <message>
        <source>note removed</source>
        <translation>note retirée</translation>
    </message>
    <message>
        <source>now for {time}</source>
        <translation>maintenant pour {time}</translation>
    </message>
    <message>
        <source>now {mode}</source>
        <translation>maintenant {mode}</translation>
    </message>
    <message>
        <source>⚠ MODIFIED</source>
        <translation>⚠ MODIFIÉE</translation>
    </message>
    <message>
        <source>a manager</source>
        <translation>un responsable</translation>
    </message>
    <message>
        <source>{who} at {time}: {reason}</source>
        <translation>{who} à {time} : {reason}</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vu</translation>
    </message>
    <message>
        <source>The kitchen has seen the change</source>
        <translation>La cuisine a vu la modification</translation>
    </message>
    <message>
        <source>Acknowledge the change to order {number}</source>
        <translation>Confirmer avoir vu la modification de la commande {number}</translation>
    </message>
    <message>
        <source>Order {number} modified: {changes}</source>
        <translation>Commande {number} modifiée : {changes}</translation>
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
        <translation>Chiffre d&apos;affaires TTC par pizzeria</translation>
    </message>
    <message>
        <source>By store</source>
        <translation>Par pizzeria</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Toutes les pizzerias</translation>
    </message>
    <message>
        <source>All stores (right scale)</source>
        <translation>Toutes (échelle de droite)</translation>
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
        <translation>Délais de préparation et de livraison par pizzeria</translation>
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
    <name>ChoicePickDialog</name>
    <message>
        <source>Customise a choice</source>
        <translation>Personnaliser un choix</translation>
    </message>
    <message>
        <source>Which choice? (its number, or the arrows and Enter)</source>
        <translation>Quel choix ? (son numéro, ou les flèches et Entrée)</translation>
    </message>
    <message>
        <source>Choices of the formula</source>
        <translation>Choix de la formule</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>daily, {day}</source>
        <translation>quotidienne du {day}</translation>
    </message>
    <message>
        <source>weekly, week from {weekday} {day}</source>
        <translation>hebdomadaire, semaine du {weekday} {day}</translation>
    </message>
    <message>
        <source>the newest backup</source>
        <translation>la plus récente</translation>
    </message>
    <message>
        <source>dated in the future</source>
        <translation>datée dans le futur</translation>
    </message>
    <message>
        <source>a newer backup of {day} is kept</source>
        <translation>une plus récente du {day} est gardée</translation>
    </message>
    <message>
        <source>an older backup of the week from {day} is kept</source>
        <translation>une plus ancienne de la semaine du {day} est gardée</translation>
    </message>
    <message>
        <source>less than {gap} days from the next weekly copy</source>
        <translation>à moins de {gap} jours de la copie hebdomadaire suivante</translation>
    </message>
    <message>
        <source>older than the schedule</source>
        <translation>plus ancienne que le calendrier</translation>
    </message>
    <message>
        <source>backing up before the upgrade…</source>
        <translation>sauvegarde avant la mise à jour du schéma…</translation>
    </message>
    <message>
        <source>to roll back:</source>
        <translation>pour revenir en arrière :</translation>
    </message>
    <message>
        <source>backing up…</source>
        <translation>sauvegarde en cours…</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} lignes</translation>
    </message>
    <message>
        <source>{table}: {before} -&gt; {after} rows</source>
        <translation>{table} : {before} -&gt; {after} lignes</translation>
    </message>
    <message>
        <source>backup written: </source>
        <translation>sauvegarde écrite : </translation>
    </message>
    <message>
        <source>no backup</source>
        <translation>aucune sauvegarde</translation>
    </message>
    <message>
        <source>restoring </source>
        <translation>restauration de </translation>
    </message>
    <message>
        <source>warning: no GDPR erasure log could be read; if the live database is elsewhere, run again with --erasures-from URL</source>
        <translation>attention : aucun journal d&apos;effacements RGPD n&apos;a pu être lu ; si la base en service est ailleurs, relancez avec --erasures-from URL</translation>
    </message>
    <message>
        <source>keep     </source>
        <translation>gardée   </translation>
    </message>
    <message>
        <source>{value} kept, </source>
        <translation>{value} gardée(s), </translation>
    </message>
    <message>
        <source>schema revision {revision}</source>
        <translation>révision du schéma {revision}</translation>
    </message>
    <message>
        <source>(drops the added tables and their data)</source>
        <translation>(les tables ajoutées et leurs données sont perdues)</translation>
    </message>
    <message>
        <source>rows, schema</source>
        <translation>lignes, schéma</translation>
    </message>
    <message>
        <source>verified OK</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>VERIFY FAILED</source>
        <translation>ÉCHEC DE LA VÉRIFICATION</translation>
    </message>
    <message>
        <source>kept: </source>
        <translation>gardée : </translation>
    </message>
    <message>
        <source>goes at the next prune: </source>
        <translation>ira au prochain prune : </translation>
    </message>
    <message>
        <source>GDPR erasures replayed: </source>
        <translation>effacements RGPD rejoués : </translation>
    </message>
    <message>
        <source>safety copy of the replaced database: </source>
        <translation>copie de sécurité de la base remplacée : </translation>
    </message>
    <message>
        <source>would go</source>
        <translation>à effacer</translation>
    </message>
    <message>
        <source>deleted  </source>
        <translation>effacée  </translation>
    </message>
    <message>
        <source>{value} to delete (dry run)</source>
        <translation>{value} à effacer (essai)</translation>
    </message>
    <message>
        <source>{value} deleted</source>
        <translation>{value} effacée(s)</translation>
    </message>
    <message>
        <source>schema </source>
        <translation>schéma </translation>
    </message>
    <message>
        <source>verification failed: </source>
        <translation>vérification échouée : </translation>
    </message>
    <message>
        <source>rows; </source>
        <translation>lignes ; </translation>
    </message>
    <message>
        <source>checksums, test restore, </source>
        <translation>sommes de contrôle, restauration d&apos;essai, </translation>
    </message>
    <message>
        <source>damaged backup: </source>
        <translation>sauvegarde endommagée : </translation>
    </message>
    <message>
        <source>UNREADABLE: {problem}</source>
        <translation>ILLISIBLE : {problem}</translation>
    </message>
    <message>
        <source>backup verified: </source>
        <translation>sauvegarde vérifiée : </translation>
    </message>
    <message>
        <source>restored: </source>
        <translation>restauré : </translation>
    </message>
    <message>
        <source>schema</source>
        <translation>schéma</translation>
    </message>
    <message>
        <source>current</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>older</source>
        <translation>plus ancienne</translation>
    </message>
    <message>
        <source>newer</source>
        <translation>plus récente</translation>
    </message>
    <message>
        <source>database revision: {revision}</source>
        <translation>révision de la base : {revision}</translation>
    </message>
    <message>
        <source>no database given for &apos;{command} {action}&apos;: use --db-url URL, the {variable} variable or the config file {where} ([database] section). The embedded demo database is for the application window only.</source>
        <translation>aucune base de données indiquée pour « {command} {action} » : donnez --db-url URL, la variable {variable} ou le fichier de configuration {where} (section [database]). La base de démonstration intégrée ne sert qu&apos;à la fenêtre de l&apos;application.</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>écrit : {path}</translation>
    </message>
    <message>
        <source>no SQLite database at {name} (nothing was created; &apos;db upgrade&apos; creates it)</source>
        <translation>base SQLite introuvable : {name} (rien n&apos;a été créé ; « db upgrade » la crée)</translation>
    </message>
    <message>
        <source>database: {config}</source>
        <translation>base de données : {config}</translation>
    </message>
    <message>
        <source>importing </source>
        <translation>import de </translation>
    </message>
    <message>
        <source>schema checked: </source>
        <translation>schéma vérifié : </translation>
    </message>
    <message>
        <source>report summaries: {store_days} store-days computed ({changed} changed since) in {seconds:.1f} s, through {through:%d/%m/%Y}</source>
        <translation>résumés des rapports : {store_days} jours-magasins calculés (dont {changed} modifiés depuis) en {seconds:.1f} s, jusqu&apos;au {through:%d/%m/%Y}</translation>
    </message>
    <message>
        <source>allergens: {count} products written to {path} ({unknown} with an ingredient not recorded)</source>
        <translation>allergènes : {count} produits écrits dans {path} ({unknown} avec un ingrédient non renseigné)</translation>
    </message>
    <message>
        <source>maintenance: off</source>
        <translation>maintenance : arrêtée</translation>
    </message>
    <message>
        <source>maintenance: on since {since:%Y-%m-%d %H:%M} (Paris time): {message}</source>
        <translation>maintenance : en cours depuis le {since:%d/%m/%Y %H:%M} (heure de Paris) : {message}</translation>
    </message>
    <message>
        <source>maintenance: on: {message}</source>
        <translation>maintenance : en cours : {message}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>demo data loaded: {stores} stores, {users} accounts, {products} products, {customers} customers, {orders} orders ({rows} rows in {seconds:.1f} s)</source>
        <translation>données de démonstration chargées : {stores} pizzerias, {users} comptes, {products} produits, {customers} clients, {orders} commandes ({rows} lignes en {seconds:.1f} s)</translation>
    </message>
    <message>
        <source>: export it with its triggers (phpMyAdmin: &apos;Add CREATE TRIGGER&apos;)</source>
        <translation> : exportez-la avec ses déclencheurs (phpMyAdmin : « Ajouter CREATE TRIGGER »)</translation>
    </message>
    <message>
        <source>expected revision: {revision}</source>
        <translation>révision attendue : {revision}</translation>
    </message>
    <message>
        <source>state: {state}</source>
        <translation>état : {state}</translation>
    </message>
    <message>
        <source>rows; schema </source>
        <translation>lignes ; schéma </translation>
    </message>
    <message>
        <source>the imported database is at schema {current}, this build expects {expected}: </source>
        <translation>la base importée est au schéma {current}, cette version attend {expected} : </translation>
    </message>
    <message>
        <source>run &apos;db upgrade&apos;</source>
        <translation>lancez « db upgrade »</translation>
    </message>
    <message>
        <source>downgrade drops tables and their data: add --yes to confirm</source>
        <translation>le retour en arrière supprime des tables et leurs données : ajoutez --yes pour confirmer</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>install the latest version</source>
        <translation>installez la dernière version</translation>
    </message>
    <message>
        <source>not an ocpizza-desk database</source>
        <translation>ce n&apos;est pas une base ocpizza-desk</translation>
    </message>
    <message>
        <source>the imported database lacks the triggers </source>
        <translation>la base importée n&apos;a pas les déclencheurs </translation>
    </message>
    <message>
        <source>cannot listen on {host}:{port}: {error}</source>
        <translation>impossible d&apos;écouter sur {host}:{port} : {error}</translation>
    </message>
    <message>
        <source>statements, </source>
        <translation>instructions, </translation>
    </message>
    <message>
        <source>imported: </source>
        <translation>importé : </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>private key: this PC&apos;s OS keyring (service &apos;{KEYRING_SERVICE}&apos;, entry &apos;{KEYRING_ENTRY}&apos;); closures made on this PC will be signed.</source>
        <translation>clé privée : trousseau du système de ce PC (service « {KEYRING_SERVICE} », entrée « {KEYRING_ENTRY} ») ; les clôtures faites sur ce PC seront signées.</translation>
    </message>
    <message>
        <source>no entries</source>
        <translation>aucune écriture</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>intact</translation>
    </message>
    <message>
        <source>closures)</source>
        <translation>clôtures)</translation>
    </message>
    <message>
        <source>signing key created: </source>
        <translation>clé de signature créée : </translation>
    </message>
    <message>
        <source>public key (base64): </source>
        <translation>clé publique (base64) : </translation>
    </message>
    <message>
        <source>problem(s))</source>
        <translation>anomalie(s))</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>écritures</translation>
    </message>
    <message>
        <source>problem(s)</source>
        <translation>anomalie(s)</translation>
    </message>
    <message>
        <source>--from must come before --to</source>
        <translation>--from doit précéder --to</translation>
    </message>
    <message>
        <source>signed with key </source>
        <translation>signée avec la clé </translation>
    </message>
    <message>
        <source>NOT SIGNED: </source>
        <translation>NON SIGNÉE : </translation>
    </message>
    <message>
        <source>this PC holds no active journal key (ocpizza-desk journal keygen)</source>
        <translation>ce PC n&apos;a pas de clé du journal active (ocpizza-desk journal keygen)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>key retired: </source>
        <translation>clé retirée : </translation>
    </message>
    <message>
        <source>sequences {first}–{last}</source>
        <translation>séquences {first} à {last}</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>avoirs</translation>
    </message>
    <message>
        <source>start: the hash of sequence {value} is taken as given ({value2}…)</source>
        <translation>départ : l&apos;empreinte de la séquence {value} est prise telle quelle ({value2}…)</translation>
    </message>
    <message>
        <source>… and {hidden} more</source>
        <translation>… et {hidden} autre(s)</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>commandes</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>paiements</translation>
    </message>
    <message>
        <source>entries, </source>
        <translation>écritures, </translation>
    </message>
    <message>
        <source>manifest signed by key </source>
        <translation>manifeste signé par la clé </translation>
    </message>
    <message>
        <source>entries, every chain holds</source>
        <translation>écritures, chaînes intactes</translation>
    </message>
    <message>
        <source>history older than the journal (not checked): </source>
        <translation>historique antérieur au journal (non vérifié) : </translation>
    </message>
    <message>
        <source>archive not signed</source>
        <translation>archive non signée</translation>
    </message>
    <message>
        <source>VERIFIED: </source>
        <translation>VÉRIFIÉ : </translation>
    </message>
    <message>
        <source>FIRST BROKEN LINK: </source>
        <translation>PREMIER MAILLON ROMPU : </translation>
    </message>
    <message>
        <source>payments, </source>
        <translation>paiements, </translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>non signées</translation>
    </message>
    <message>
        <source>store(s), </source>
        <translation>pizzeria(s), </translation>
    </message>
    <message>
        <source>outside the period</source>
        <translation>hors période</translation>
    </message>
    <message>
        <source>archive written: </source>
        <translation>archive écrite : </translation>
    </message>
    <message>
        <source>orders, </source>
        <translation>commandes, </translation>
    </message>
    <message>
        <source>signed, </source>
        <translation>signées, </translation>
    </message>
    <message>
        <source>closures (</source>
        <translation>clôtures (</translation>
    </message>
</context>
<context>
    <name>Closure</name>
    <message>
        <source>year {year}</source>
        <translation>année {year}</translation>
    </message>
    <message>
        <source>day {day}</source>
        <translation>journée du {day}</translation>
    </message>
    <message>
        <source>month of {month} {year}</source>
        <translation>mois de {month} {year}</translation>
    </message>
</context>
<context>
    <name>ConnectionMonitor</name>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Slow / unreachable</source>
        <translation>Lent / injoignable</translation>
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
    <name>CustomerExport</name>
    <message>
        <source>Data held about customer no. %1</source>
        <translation>Données détenues sur le client n° %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Payment: %1 (%2)</source>
        <translation>Paiement : %1 (%2)</translation>
    </message>
    <message>
        <source>OC Pizza — exported on %1 (Paris time), at the customer&apos;s request (GDPR art. 15).</source>
        <translation>OC Pizza — export du %1 (heure de Paris), à la demande du client (RGPD, art. 15).</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Effacé le</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
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
        <source>Still used</source>
        <translation>En service</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>No order.</source>
        <translation>Aucune commande.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Order %1 — %2 — %3 — %4, total %5</source>
        <translation>Commande %1 — %2 — %3 — %4, total %5</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Remarques : %1</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
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
    <name>Customers</name>
    <message>
        <source>Merge two customers</source>
        <translation>Fusionner deux clients</translation>
    </message>
    <message>
        <source>Which entry is kept? The other one&apos;s orders and addresses move to it, then it is deleted.

1. %1
2. %2</source>
        <translation>Quelle fiche garder ? Les commandes et les adresses de l&apos;autre y passent, puis l&apos;autre est supprimée.

1. %1
2. %2</translation>
    </message>
    <message>
        <source>Keep 1</source>
        <translation>Garder 1</translation>
    </message>
    <message>
        <source>Keep 2</source>
        <translation>Garder 2</translation>
    </message>
    <message>
        <source>orders: %1</source>
        <translation>commandes : %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
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
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Type at least two characters: the start of a phone number, or of a name.</source>
        <translation>Tapez au moins deux caractères : le début d&apos;un numéro de téléphone ou d&apos;un nom.</translation>
    </message>
    <message>
        <source>Nobody found for « %1 ».</source>
        <translation>Personne pour « %1 ».</translation>
    </message>
    <message>
        <source>Found: %1. Ctrl+click a second customer to merge the two.</source>
        <translation>Trouvés : %1. Ctrl+clic sur un second client pour fusionner les deux.</translation>
    </message>
    <message>
        <source>No customer open</source>
        <translation>Aucun client ouvert</translation>
    </message>
    <message>
        <source>Find a customer on the left, then choose them.</source>
        <translation>Cherchez un client à gauche, puis choisissez-le.</translation>
    </message>
    <message>
        <source>Customer no. %1</source>
        <translation>Client n° %1</translation>
    </message>
    <message>
        <source>Erased (GDPR): nothing personal is kept; the orders stay for the accounts.</source>
        <translation>Effacé (RGPD) : rien de personnel n&apos;est gardé ; les commandes restent pour la comptabilité.</translation>
    </message>
    <message>
        <source>Last order: %1, %2 (%3).</source>
        <translation>Dernière commande : %1, %2 (%3).</translation>
    </message>
    <message>
        <source>Usually: %1.</source>
        <translation>Habituellement : %1.</translation>
    </message>
    <message>
        <source>No delivery address yet.</source>
        <translation>Pas encore d&apos;adresse de livraison.</translation>
    </message>
    <message>
        <source>No order yet.</source>
        <translation>Pas encore de commande.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <source>Address saved.</source>
        <translation>Adresse enregistrée.</translation>
    </message>
    <message>
        <source>Orders shown: %1 of %2, newest first.</source>
        <translation>Commandes affichées : %1 sur %2, les plus récentes d&apos;abord.</translation>
    </message>
    <message>
        <source>%1 is kept. The orders and addresses of %2 move to them, and that entry is deleted. This cannot be undone. Merge?</source>
        <translation>%1 est gardé. Les commandes et les adresses de %2 lui sont rattachées, et cette fiche est supprimée. C&apos;est définitif. Fusionner ?</translation>
    </message>
    <message>
        <source>Merged: %1 order(s) and %2 address(es) moved to this customer.</source>
        <translation>Fusionné : %1 commande(s) et %2 adresse(s) rattachées à ce client.</translation>
    </message>
    <message>
        <source>Where to write the export</source>
        <translation>Où écrire l&apos;export</translation>
    </message>
    <message>
        <source>Written: %1 and %2</source>
        <translation>Écrit : %1 et %2</translation>
    </message>
    <message>
        <source>Right of access</source>
        <translation>Droit d&apos;accès</translation>
    </message>
    <message>
        <source>Erase a customer</source>
        <translation>Effacer un client</translation>
    </message>
    <message>
        <source>The reference of the request (letter, e-mail, ticket), kept with the erasure. May be left empty:</source>
        <translation>La référence de la demande (courrier, e-mail, ticket), gardée avec l&apos;effacement. Peut rester vide :</translation>
    </message>
    <message>
        <source>Erase %1 (%2) for good? Name, phone, e-mail, notes and addresses are blanked on every PC; the orders stay without a name. This cannot be undone.</source>
        <translation>Effacer définitivement %1 (%2) ? Nom, téléphone, e-mail, remarques et adresses sont vidés sur tous les postes ; les commandes restent, sans nom. C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Erased. The erasure is recorded and will be applied again if an older backup is ever restored.</source>
        <translation>Effacé. L&apos;effacement est enregistré et sera réappliqué si une sauvegarde plus ancienne est un jour restaurée.</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>&amp;Merge the two…</source>
        <translation>F&amp;usionner les deux…</translation>
    </message>
    <message>
        <source>One customer entered twice: select both in the list (Ctrl+click), then merge them into one</source>
        <translation>Un client saisi deux fois : sélectionnez les deux dans la liste (Ctrl+clic), puis fusionnez-les</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Search again and reload the customer (F5)</source>
        <translation>Relancer la recherche et recharger le client (F5)</translation>
    </message>
    <message>
        <source>Phone number or name… (Ctrl+F)</source>
        <translation>Numéro de téléphone ou nom… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Type at least two characters: the start of a phone number, or of a name.</source>
        <translation>Tapez au moins deux caractères : le début d&apos;un numéro de téléphone ou d&apos;un nom.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Fiche</translation>
    </message>
    <message>
        <source>No customer open</source>
        <translation>Aucun client ouvert</translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>P&amp;rénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>for the order notices (optional)</source>
        <translation>pour les avis de commande (facultatif)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Télé&amp;phone</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>Remar&amp;ques</translation>
    </message>
    <message>
        <source>allergies, habits… (seen at the counter)</source>
        <translation>allergies, habitudes… (vues à l&apos;accueil)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Save the customer&apos;s details (Ctrl+S)</source>
        <translation>Enregistrer la fiche du client (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Addresses</source>
        <translation>&amp;Adresses</translation>
    </message>
    <message>
        <source>La&amp;bel</source>
        <translation>&amp;Libellé</translation>
    </message>
    <message>
        <source>Home, Work…</source>
        <translation>Domicile, Travail…</translation>
    </message>
    <message>
        <source>S&amp;treet</source>
        <translation>&amp;Rue</translation>
    </message>
    <message>
        <source>B&amp;uilding</source>
        <translation>&amp;Bâtiment</translation>
    </message>
    <message>
        <source>building, staircase (optional)</source>
        <translation>bâtiment, escalier (facultatif)</translation>
    </message>
    <message>
        <source>Post&amp;code, city</source>
        <translation>Code &amp;postal, ville</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Door code, f&amp;loor</source>
        <translation>&amp;Digicode, étage</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Étage</translation>
    </message>
    <message>
        <source>Notes for the dri&amp;ver</source>
        <translation>&amp;Consignes au livreur</translation>
    </message>
    <message>
        <source>Save the addre&amp;ss</source>
        <translation>&amp;Enregistrer l&apos;adresse</translation>
    </message>
    <message>
        <source>S&amp;how more</source>
        <translation>Afficher &amp;plus</translation>
    </message>
    <message>
        <source>floor</source>
        <translation>étage</translation>
    </message>
    <message>
        <source>&amp;New address</source>
        <translation>&amp;Nouvelle adresse</translation>
    </message>
    <message>
        <source>Save this address (Ctrl+S); one already used by an order is kept for that order and a new one made</source>
        <translation>Enregistrer cette adresse (Ctrl+S) ; une adresse déjà utilisée par une commande est gardée pour elle et une nouvelle est créée</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>C&amp;ommandes</translation>
    </message>
    <message>
        <source>The next older orders</source>
        <translation>Les commandes plus anciennes suivantes</translation>
    </message>
    <message>
        <source>&amp;Privacy (GDPR)</source>
        <translation>&amp;Vie privée (RGPD)</translation>
    </message>
    <message>
        <source>A customer may ask for everything we hold about them (right of access) or to be erased (right to erasure). Both are recorded in the audit log.</source>
        <translation>Un client peut demander tout ce que nous détenons sur lui (droit d&apos;accès) ou son effacement (droit à l&apos;effacement). Les deux sont inscrits au journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Right of access</source>
        <translation>Droit d&apos;accès</translation>
    </message>
    <message>
        <source>Details, every address (old ones too), every order with its lines and payments, the e-mails sent and the history of changes: a JSON file and a PDF to hand over.</source>
        <translation>Fiche, toutes les adresses (anciennes comprises), chaque commande avec ses lignes et paiements, les e-mails envoyés et l&apos;historique des modifications : un fichier JSON et un PDF à remettre.</translation>
    </message>
    <message>
        <source>E&amp;xport everything (JSON and PDF)…</source>
        <translation>E&amp;xporter tout (JSON et PDF)…</translation>
    </message>
    <message>
        <source>Right to erasure</source>
        <translation>Droit à l&apos;effacement</translation>
    </message>
    <message>
        <source>Name, phone, e-mail, notes and addresses are blanked for good; the orders stay, without a name, for the accounts. This cannot be undone.</source>
        <translation>Nom, téléphone, e-mail, remarques et adresses sont vidés définitivement ; les commandes restent, sans nom, pour la comptabilité. C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Eras&amp;e this customer…</source>
        <translation>Effa&amp;cer ce client…</translation>
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
        <source>⚠ No journal signing key: till closures are chained but not signed. Create one on the PC that closes the tills: ocpizza-desk journal keygen.</source>
        <translation>⚠ Aucune clé de signature du journal : les clôtures de caisse sont chaînées mais non signées. Créez-en une sur le poste qui clôture les caisses : ocpizza-desk journal keygen.</translation>
    </message>
    <message>
        <source>⚠ {count} till closure(s) of the last 31 days are not signed.</source>
        <translation>⚠ {count} clôture(s) de caisse des 31 derniers jours ne sont pas signées.</translation>
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
        <translation>Ac&amp;tualiser</translation>
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
        <source>Before departure: the orders of this trip selected in the list above wait again</source>
        <translation>Avant le départ : les commandes de cette tournée sélectionnées dans la liste ci-dessus attendent à nouveau</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>Itinéraire</translation>
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
        <source>No driver off shift</source>
        <translation>Aucun livreur hors service</translation>
    </message>
    <message>
        <source>Select a trip to see its stops and route.</source>
        <translation>Sélectionnez une tournée pour voir ses arrêts et son itinéraire.</translation>
    </message>
    <message>
        <source>approximate location</source>
        <translation>localisation approximative</translation>
    </message>
    <message>
        <source>Select one order to place its address on the map.</source>
        <translation>Sélectionnez une commande pour placer son adresse sur la carte.</translation>
    </message>
    <message>
        <source>The address of order n° {order} is placed on the map.</source>
        <translation>L&apos;adresse de la commande n° {order} est placée sur la carte.</translation>
    </message>
    <message>
        <source>Select orders on the left and a driver on shift.</source>
        <translation>Sélectionnez des commandes à gauche et un livreur en service.</translation>
    </message>
    <message>
        <source>{count} order given to {driver}.</source>
        <translation>{count} commande confiée à {driver}.</translation>
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
        <source>The address is approximate: place it on the map</source>
        <translation>L&apos;adresse est approximative : placez-la sur la carte</translation>
    </message>
    <message>
        <source>Move the address&apos;s pin on the map</source>
        <translation>Déplacer l&apos;épingle de l&apos;adresse sur la carte</translation>
    </message>
    <message>
        <source>{count} order ready to leave</source>
        <translation>{count} commande prête à partir</translation>
    </message>
    <message>
        <source>{count} orders ready to leave</source>
        <translation>{count} commandes prêtes à partir</translation>
    </message>
    <message>
        <source>Select ready orders (Ctrl or Shift + click), a driver on shift, then “Assign to driver”.</source>
        <translation>Choisissez des commandes prêtes (Ctrl ou Maj + clic), un livreur en service, puis « Confier au livreur ».</translation>
    </message>
    <message>
        <source>Place on the &amp;map…</source>
        <translation>Placer sur la c&amp;arte…</translation>
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
        <source>approximate</source>
        <translation>approximatif</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>code {code}</translation>
    </message>
    <message>
        <source>floor {floor}</source>
        <translation>étage {floor}</translation>
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
        <source>Customer</source>
        <translation>Client</translation>
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
        <source>Not located: place it on the map before assigning.</source>
        <translation>Non localisée : placez-la sur la carte avant de la confier.</translation>
    </message>
    <message>
        <source>Located by its postcode only: it can be assigned; place it on the map for a precise route.</source>
        <translation>Localisée par son seul code postal : elle peut être confiée ; placez-la sur la carte pour un itinéraire précis.</translation>
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
    <message>
        <source>not encrypted (TLS disabled)</source>
        <translation>non chiffrée (TLS désactivé)</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <source>Type a percentage (10 %) or an amount in euros (2,50).</source>
        <translation>Tapez un pourcentage (10 %) ou un montant en euros (2,50).</translation>
    </message>
    <message>
        <source>The discount is more than what it applies to.</source>
        <translation>La remise dépasse le montant auquel elle s&apos;applique.</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>S&amp;ur</translation>
    </message>
    <message>
        <source>What the discount applies to</source>
        <translation>Ce que la remise concerne</translation>
    </message>
    <message>
        <source>&amp;Discount</source>
        <translation>&amp;Remise</translation>
    </message>
    <message>
        <source>10 % or 2,50</source>
        <translation>10 % ou 2,50</translation>
    </message>
    <message>
        <source>Discount amount or percentage</source>
        <translation>Montant ou pourcentage de la remise</translation>
    </message>
    <message>
        <source>Euros or percent</source>
        <translation>Euros ou pourcentage</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Reason for the discount</source>
        <translation>Motif de la remise</translation>
    </message>
    <message>
        <source>Takes off</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Re&amp;move the discount</source>
        <translation>&amp;Supprimer la remise</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <source>Wrong username or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Too many attempts: this account is locked until {until}.</source>
        <translation>Trop d&apos;essais : ce compte est verrouillé jusqu&apos;à {until}.</translation>
    </message>
    <message>
        <source>Too many attempts: the server blocked this account. A manager can unblock it from the Staff screen; otherwise it is unblocked within 15 minutes.</source>
        <translation>Trop d&apos;essais : le serveur a bloqué ce compte. Un responsable peut le débloquer depuis l&apos;écran Personnel ; sinon il l&apos;est de nouveau dans 15 minutes au plus.</translation>
    </message>
    <message>
        <source>This account is disabled. Please ask your manager.</source>
        <translation>Ce compte est désactivé. Adressez-vous à votre responsable.</translation>
    </message>
    <message>
        <source>The store {store} is closed in the application: sign-in is not possible.</source>
        <translation>La pizzeria {store} est fermée dans l&apos;application : connexion impossible.</translation>
    </message>
    <message>
        <source>Maintenance in progress: {message}</source>
        <translation>Maintenance en cours : {message}</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Saisissez votre identifiant et votre mot de passe.</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Votre rôle ne permet pas cette action.</translation>
    </message>
    <message>
        <source>This data belongs to another store.</source>
        <translation>Ces données appartiennent à une autre pizzeria.</translation>
    </message>
    <message>
        <source>Database unreachable: {detail}</source>
        <translation>Base de données injoignable : {detail}</translation>
    </message>
    <message>
        <source>The database schema ({current}) is older than this application expects ({expected}). An administrator must run &apos;ocpizza-desk db upgrade&apos;.</source>
        <translation>La base de données est à une version plus ancienne ({current}) que celle attendue par l&apos;application ({expected}). Un administrateur doit lancer « ocpizza-desk db upgrade ».</translation>
    </message>
    <message>
        <source>The database schema ({current}) is newer than this application ({expected}). Install the latest ocpizza-desk.</source>
        <translation>La base de données est à une version plus récente ({current}) que cette application ({expected}). Installez la dernière version d&apos;ocpizza-desk.</translation>
    </message>
    <message>
        <source>The database is empty. An administrator must run &apos;ocpizza-desk db upgrade&apos;.</source>
        <translation>La base de données est vide. Un administrateur doit lancer « ocpizza-desk db upgrade ».</translation>
    </message>
    <message>
        <source>The period is not valid: the first day must come before the last day.</source>
        <translation>La période n&apos;est pas valable : la date de début doit précéder la date de fin.</translation>
    </message>
    <message>
        <source>The period is too long: three years at most.</source>
        <translation>La période est trop longue : trois ans au plus.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
    <message>
        <source>Too many simultaneous changes, please try again in a moment.</source>
        <translation>Trop de modifications simultanées, réessayez dans un instant.</translation>
    </message>
    <message>
        <source>No store has the code &apos;{store}&apos;: nothing was checked.</source>
        <translation>Aucune pizzeria n&apos;a le code « {store} » : rien n&apos;a été vérifié.</translation>
    </message>
    <message>
        <source>Period not understood: &apos;{period}&apos; (YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation>Période non reconnue : « {period} » (AAAA, AAAA-MM ou AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Unreadable journal archive ({name}): {detail}</source>
        <translation>Archive du journal illisible ({name}) : {detail}</translation>
    </message>
    <message>
        <source>The file {name} already exists: an archive never replaces another one.</source>
        <translation>Le fichier {name} existe déjà : une archive n&apos;en remplace jamais une autre.</translation>
    </message>
    <message>
        <source>Backup not found: {name}.</source>
        <translation>Sauvegarde introuvable : {name}.</translation>
    </message>
    <message>
        <source>Unreadable backup ({name}): {detail}</source>
        <translation>Sauvegarde illisible ({name}) : {detail}</translation>
    </message>
    <message>
        <source>The backup {name} is damaged (checksum mismatch): {files}.</source>
        <translation>La sauvegarde {name} est endommagée (somme de contrôle fausse) : {files}.</translation>
    </message>
    <message>
        <source>The target database {target} holds data: restoring would replace it. Confirm explicitly (--force) to replace it.</source>
        <translation>La base cible {target} contient des données : la restauration les remplacerait. Confirmez explicitement (option --force) pour la remplacer.</translation>
    </message>
    <message>
        <source>The backup {name} comes from a newer schema ({revision}): install the latest ocpizza-desk to restore it.</source>
        <translation>La sauvegarde {name} vient d&apos;une version plus récente du schéma ({revision}) : installez la dernière version d&apos;ocpizza-desk pour la restaurer.</translation>
    </message>
    <message>
        <source>The backup {name} comes from a {source} database and restores only into the same kind of database (target: {target}).</source>
        <translation>La sauvegarde {name} vient d&apos;une base {source} et ne se restaure que dans une base du même type (cible : {target}).</translation>
    </message>
    <message>
        <source>Tool not found on this computer: {tool}.</source>
        <translation>Outil introuvable sur ce poste : {tool}.</translation>
    </message>
    <message>
        <source>{tool} failed: {detail}</source>
        <translation>{tool} a échoué : {detail}</translation>
    </message>
    <message>
        <source>To confirm the restore, type the database&apos;s name exactly: {name}.</source>
        <translation>Pour confirmer la restauration, saisissez exactement le nom de la base : {name}.</translation>
    </message>
    <message>
        <source>Not found: {what}.</source>
        <translation>Élément introuvable : {what}.</translation>
    </message>
    <message>
        <source>The field &apos;{field}&apos; is required.</source>
        <translation>Le champ « {field} » est obligatoire.</translation>
    </message>
    <message>
        <source>The field &apos;{field}&apos; is too long (at most {limit} characters).</source>
        <translation>Le champ « {field} » est trop long ({limit} caractères au plus).</translation>
    </message>
    <message>
        <source>The field &apos;{field}&apos; is too short (at least {limit} characters).</source>
        <translation>Le champ « {field} » est trop court ({limit} caractères au moins).</translation>
    </message>
    <message>
        <source>The field &apos;{field}&apos; contains characters that are not allowed.</source>
        <translation>Le champ « {field} » contient des caractères non autorisés.</translation>
    </message>
    <message>
        <source>The postcode must be 5 digits.</source>
        <translation>Le code postal doit compter 5 chiffres.</translation>
    </message>
    <message>
        <source>Invalid e-mail address.</source>
        <translation>Adresse e-mail invalide.</translation>
    </message>
    <message>
        <source>Invalid phone number: {value}.</source>
        <translation>Numéro de téléphone invalide : {value}.</translation>
    </message>
    <message>
        <source>Invalid quantity: between 1 and {limit}.</source>
        <translation>Quantité invalide : entre 1 et {limit}.</translation>
    </message>
    <message>
        <source>Invalid amount: between €0.01 and {limit}.</source>
        <translation>Montant invalide : entre 0,01 € et {limit}.</translation>
    </message>
    <message>
        <source>The field &apos;{field}&apos; needs a whole number between 0 and {limit}.</source>
        <translation>Le champ « {field} » attend un nombre entier entre 0 et {limit}.</translation>
    </message>
    <message>
        <source>Invalid reference: {field}.</source>
        <translation>Référence invalide : {field}.</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>La date de début est après la date de fin.</translation>
    </message>
    <message>
        <source>This number already belongs to another customer.</source>
        <translation>Ce numéro est déjà celui d&apos;un autre client.</translation>
    </message>
    <message>
        <source>This customer was erased (GDPR).</source>
        <translation>Ce client a été effacé (RGPD).</translation>
    </message>
    <message>
        <source>This address does not belong to this customer.</source>
        <translation>Cette adresse n&apos;appartient pas à ce client.</translation>
    </message>
    <message>
        <source>Choose two different customers to merge.</source>
        <translation>Choisissez deux clients différents à fusionner.</translation>
    </message>
    <message>
        <source>{name}: a SQL file is imported into a MariaDB/MySQL database.</source>
        <translation>{name} : l&apos;import d&apos;un fichier SQL se fait dans une base MariaDB/MySQL.</translation>
    </message>
    <message>
        <source>Import of {name} stopped at line {line}: {detail}</source>
        <translation>Import de {name} arrêté à la ligne {line} : {detail}</translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>Le panier est vide.</translation>
    </message>
    <message>
        <source>Too many lines in the order (at most {limit}).</source>
        <translation>Trop de lignes dans la commande ({limit} au plus).</translation>
    </message>
    <message>
        <source>Unknown product, or no longer on the menu.</source>
        <translation>Produit inconnu ou retiré de la carte.</translation>
    </message>
    <message>
        <source>&apos;{product}&apos; is not available in this store right now.</source>
        <translation>« {product} » n&apos;est pas disponible dans cette pizzeria en ce moment.</translation>
    </message>
    <message>
        <source>This customisation does not apply to &apos;{product}&apos;.</source>
        <translation>Personnalisation impossible pour « {product} ».</translation>
    </message>
    <message>
        <source>&apos;{product}&apos; has no recipe and cannot be ordered.</source>
        <translation>« {product} » n&apos;a pas de recette : il ne peut pas être commandé.</translation>
    </message>
    <message>
        <source>&apos;{product}&apos; is not sold in this size.</source>
        <translation>« {product} » n&apos;existe pas dans cette taille.</translation>
    </message>
    <message>
        <source>Both halves must be the same size: &apos;{product}&apos; is not sold in {size}.</source>
        <translation>Les deux moitiés doivent être de la même taille : « {product} » n&apos;existe pas en {size}.</translation>
    </message>
    <message>
        <source>A half-and-half pizza is made without customisations.</source>
        <translation>Une pizza moitié-moitié se fait sans personnalisation.</translation>
    </message>
    <message>
        <source>Unknown formula, or no longer sold.</source>
        <translation>Formule inconnue, ou qui n&apos;est plus vendue.</translation>
    </message>
    <message>
        <source>The formula &apos;{formula}&apos; needs one choice for each of its {count} slots.</source>
        <translation>La formule « {formula} » demande un choix pour chacun de ses {count} emplacements.</translation>
    </message>
    <message>
        <source>&apos;{product}&apos; cannot be chosen for &apos;{slot}&apos; in the formula &apos;{formula}&apos;.</source>
        <translation>« {product} » ne peut pas être choisi pour « {slot} » dans la formule « {formula} ».</translation>
    </message>
    <message>
        <source>A formula is customised choice by choice, in the sizes its slots take.</source>
        <translation>Une formule se personnalise choix par choix, dans les tailles de ses emplacements.</translation>
    </message>
    <message>
        <source>A formula already has its set price: no discount on its line.</source>
        <translation>Une formule a déjà son prix fixe : pas de remise sur sa ligne.</translation>
    </message>
    <message>
        <source>A formula needs a name (at most 60 characters), not already used.</source>
        <translation>Une formule doit avoir un nom (60 caractères au plus), pas encore utilisé.</translation>
    </message>
    <message>
        <source>The formula needs at least one slot, and every slot a label.</source>
        <translation>La formule doit avoir au moins un emplacement, et chaque emplacement un libellé.</translation>
    </message>
    <message>
        <source>The slot &apos;{slot}&apos; offers no product: choose a category or products.</source>
        <translation>L&apos;emplacement « {slot} » ne propose aucun produit : choisissez une catégorie ou des produits.</translation>
    </message>
    <message>
        <source>Invalid supplement in &apos;{slot}&apos;: between €0 and {limit}, to the cent.</source>
        <translation>Supplément invalide dans « {slot} » : entre 0 € et {limit}, au centime près.</translation>
    </message>
    <message>
        <source>The size &apos;{size}&apos; needs a price between €0.01 and {limit}.</source>
        <translation>La taille « {size} » doit avoir un prix entre 0,01 € et {limit}.</translation>
    </message>
    <message>
        <source>Every size needs its own label (at most 20 characters); &apos;{size}&apos; is given twice.</source>
        <translation>Chaque taille doit avoir son propre libellé (20 caractères au plus) ; « {size} » est donnée deux fois.</translation>
    </message>
    <message>
        <source>The size &apos;{size}&apos; needs a dose factor between 10 % and 400 %.</source>
        <translation>La taille « {size} » doit avoir un facteur de dose entre 10 % et 400 %.</translation>
    </message>
    <message>
        <source>A product needs at least one size, and exactly one default size.</source>
        <translation>Un produit doit avoir au moins une taille, et exactement une taille par défaut.</translation>
    </message>
    <message>
        <source>The code may only hold lowercase letters without accents, digits, &apos;_&apos; and &apos;-&apos; (2 to 40 characters).</source>
        <translation>Le code ne peut contenir que des minuscules sans accent, des chiffres, « _ » et « - » (2 à 40 caractères).</translation>
    </message>
    <message>
        <source>The code &apos;{value}&apos; already belongs to &apos;{product}&apos;.</source>
        <translation>Le code « {value} » est déjà celui de « {product} ».</translation>
    </message>
    <message>
        <source>A product needs at least one recipe line.</source>
        <translation>Un produit doit avoir au moins une ligne de recette.</translation>
    </message>
    <message>
        <source>Invalid dose of &apos;{ingredient}&apos;: a whole number of {unit} between 1 and {limit}.</source>
        <translation>Dose invalide pour « {ingredient} » : un nombre entier de {unit} entre 1 et {limit}.</translation>
    </message>
    <message>
        <source>&apos;{ingredient}&apos; appears twice in the recipe.</source>
        <translation>« {ingredient} » figure deux fois dans la recette.</translation>
    </message>
    <message>
        <source>Invalid price: between €0.01 and {limit}, to the cent.</source>
        <translation>Prix invalide : entre 0,01 € et {limit}, au centime près.</translation>
    </message>
    <message>
        <source>This VAT rate is not used: choose {rates}.</source>
        <translation>Taux de TVA non prévu : choisissez {rates}.</translation>
    </message>
    <message>
        <source>The extra &apos;{ingredient}&apos; needs a dose.</source>
        <translation>Le supplément « {ingredient} » demande une dose.</translation>
    </message>
    <message>
        <source>Invalid price for an extra: between €0 and {limit}.</source>
        <translation>Prix de supplément invalide : entre 0 € et {limit}.</translation>
    </message>
    <message>
        <source>&apos;Without {ingredient}&apos;: this ingredient is not in the recipe.</source>
        <translation>« Sans {ingredient} » : cet ingrédient n&apos;est pas dans la recette.</translation>
    </message>
    <message>
        <source>The customisation &apos;{label}&apos; appears twice.</source>
        <translation>La personnalisation « {label} » figure deux fois.</translation>
    </message>
    <message>
        <source>Too many lines in &apos;{field}&apos; (at most {limit}).</source>
        <translation>Trop de lignes dans « {field} » ({limit} au plus).</translation>
    </message>
    <message>
        <source>{who} changed this product at {at}: reload it before saving.</source>
        <translation>{who} a modifié ce produit à {at} : rechargez-le avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>The photo must be a PNG or JPEG image.</source>
        <translation>La photo doit être une image PNG ou JPEG.</translation>
    </message>
    <message>
        <source>The photo is too large ({size} KB; at most {limit} KB).</source>
        <translation>La photo est trop lourde ({size} Ko ; {limit} Ko au plus).</translation>
    </message>
    <message>
        <source>Unknown allergen: &apos;{value}&apos; is not one of the 14 regulated allergens.</source>
        <translation>Allergène inconnu : « {value} » n&apos;est pas un des 14 allergènes réglementaires.</translation>
    </message>
    <message>
        <source>This ingredient does not exist or is no longer used.</source>
        <translation>Cet ingrédient n&apos;existe pas ou n&apos;est plus utilisé.</translation>
    </message>
    <message>
        <source>Not enough stock for {products} (short of: {ingredients}).</source>
        <translation>Stock insuffisant pour {products} (manque : {ingredients}).</translation>
    </message>
    <message>
        <source>Not enough stock (short of: {ingredients}).</source>
        <translation>Stock insuffisant (manque : {ingredients}).</translation>
    </message>
    <message>
        <source>The stock just changed on another PC: validate again.</source>
        <translation>Le stock vient de changer sur un autre poste : validez à nouveau.</translation>
    </message>
    <message>
        <source>Unknown ingredient for this store.</source>
        <translation>Ingrédient inconnu pour cette pizzeria.</translation>
    </message>
    <message>
        <source>Cannot waste more than what is in stock ({available}).</source>
        <translation>Impossible de jeter plus que le stock ({available}).</translation>
    </message>
    <message>
        <source>{who} changed this threshold at {at}: the list was reloaded, try again.</source>
        <translation>{who} a modifié ce seuil à {at} : la liste a été rechargée, recommencez.</translation>
    </message>
    <message>
        <source>A store code: lowercase letters without accents, digits and &apos;-&apos; (2 to 32).</source>
        <translation>Le code d&apos;une pizzeria : minuscules sans accent, chiffres et « - » (2 à 32).</translation>
    </message>
    <message>
        <source>The code &apos;{value}&apos; already belongs to another store.</source>
        <translation>Le code « {value} » est déjà celui d&apos;une autre pizzeria.</translation>
    </message>
    <message>
        <source>Invalid coordinates: latitude between -90 and 90, longitude between -180 and 180.</source>
        <translation>Coordonnées invalides : latitude entre -90 et 90, longitude entre -180 et 180.</translation>
    </message>
    <message>
        <source>The delivery radius must be between 1 and {limit} metres.</source>
        <translation>Le rayon de livraison doit être entre 1 et {limit} mètres.</translation>
    </message>
    <message>
        <source>Unknown day in the opening hours: &apos;{day}&apos;.</source>
        <translation>Jour inconnu dans les horaires : « {day} ».</translation>
    </message>
    <message>
        <source>Opening hours ({day}): &apos;{value}&apos; is not an HH:MM time.</source>
        <translation>Horaires ({day}) : « {value} » n&apos;est pas une heure HH:MM.</translation>
    </message>
    <message>
        <source>Opening hours ({day}): opening {start} must come before closing {end}.</source>
        <translation>Horaires ({day}) : l&apos;ouverture {start} doit précéder la fermeture {end}.</translation>
    </message>
    <message>
        <source>Opening hours ({day}): the slots {first} and {second} overlap.</source>
        <translation>Horaires ({day}) : les plages {first} et {second} se chevauchent.</translation>
    </message>
    <message>
        <source>{who} changed this store at {at}: reload it before saving.</source>
        <translation>{who} a modifié cette pizzeria à {at} : rechargez-la avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>The last orders must be between 0 and {limit} minutes before closing.</source>
        <translation>Les dernières commandes doivent être prises entre 0 et {limit} minutes avant la fermeture.</translation>
    </message>
    <message>
        <source>Closure: &apos;{value}&apos; is not a date (DD/MM/YYYY).</source>
        <translation>Fermeture : « {value} » n&apos;est pas une date (JJ/MM/AAAA).</translation>
    </message>
    <message>
        <source>Closure of {day}: give its reason (at most 80 characters).</source>
        <translation>Fermeture du {day} : indiquez-en le motif (80 caractères au plus).</translation>
    </message>
    <message>
        <source>Closure of {day}: that day has already passed.</source>
        <translation>Fermeture du {day} : ce jour est déjà passé.</translation>
    </message>
    <message>
        <source>The closure of {day} is listed twice.</source>
        <translation>La fermeture du {day} figure deux fois.</translation>
    </message>
    <message>
        <source>The username: 3 to 64 characters, lowercase letters without accents, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter.</source>
        <translation>L&apos;identifiant : 3 à 64 caractères, minuscules sans accent, chiffres, « . », « _ » et « - », commençant par une lettre.</translation>
    </message>
    <message>
        <source>The username &apos;{value}&apos; is already taken.</source>
        <translation>L&apos;identifiant « {value} » est déjà utilisé.</translation>
    </message>
    <message>
        <source>The password: at least {minimum} characters, with letters and at least one digit or symbol, not containing the username.</source>
        <translation>Le mot de passe : au moins {minimum} caractères, avec des lettres et au moins un chiffre ou un symbole, sans reprendre l&apos;identifiant.</translation>
    </message>
    <message>
        <source>A store account (counter, pizzaiolo, driver, manager) belongs to a store.</source>
        <translation>Un compte de pizzeria (accueil, pizzaiolo, livreur, responsable) a une pizzeria.</translation>
    </message>
    <message>
        <source>Head office and administrator accounts belong to no store.</source>
        <translation>Les comptes direction et administrateur ne sont rattachés à aucune pizzeria.</translation>
    </message>
    <message>
        <source>A manager only manages the counter, pizzaiolo and driver accounts of their own store.</source>
        <translation>Un responsable ne gère que les comptes accueil, pizzaiolo et livreur de sa propre pizzeria.</translation>
    </message>
    <message>
        <source>Only an administrator can create or change an administrator account.</source>
        <translation>Seul un administrateur peut créer ou modifier un compte administrateur.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account or change your own role.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte ni changer votre rôle.</translation>
    </message>
    <message>
        <source>This is the last active administrator: at least one must remain.</source>
        <translation>C&apos;est le dernier administrateur actif : il doit en rester au moins un.</translation>
    </message>
    <message>
        <source>This store is deactivated: choose another one.</source>
        <translation>Cette pizzeria est désactivée : choisissez-en une autre.</translation>
    </message>
    <message>
        <source>{who} changed this account at {at}: reload it before saving.</source>
        <translation>{who} a modifié ce compte à {at} : rechargez-le avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Order not found.</source>
        <translation>Commande introuvable.</translation>
    </message>
    <message>
        <source>An order that is &apos;{source}&apos; cannot become &apos;{target}&apos;.</source>
        <translation>Une commande « {source} » ne peut pas passer à « {target} ».</translation>
    </message>
    <message>
        <source>This order is already being prepared: it can no longer be changed.</source>
        <translation>Cette commande est déjà en préparation : elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>This order was just changed on another PC: reload it.</source>
        <translation>Cette commande vient d&apos;être modifiée sur un autre poste : rechargez-la.</translation>
    </message>
    <message>
        <source>{who} already moved this order to &apos;{status}&apos; at {at}.</source>
        <translation>{who} a déjà fait passer cette commande à « {status} » à {at}.</translation>
    </message>
    <message>
        <source>This order is already being prepared: only a manager can cancel it.</source>
        <translation>Cette commande est déjà en préparation : seul un responsable peut l&apos;annuler.</translation>
    </message>
    <message>
        <source>Only the last kitchen or delivery tap can be undone.</source>
        <translation>Seul le dernier geste en cuisine ou en livraison peut être annulé.</translation>
    </message>
    <message>
        <source>This order has changed since, on another PC: the undo is refused.</source>
        <translation>Cette commande a changé depuis sur un autre poste : l&apos;annulation est refusée.</translation>
    </message>
    <message>
        <source>The time to undo this tap has passed: only a manager can correct it.</source>
        <translation>Le délai pour annuler ce geste est passé : seul un responsable peut le corriger.</translation>
    </message>
    <message>
        <source>Give the reason for the correction.</source>
        <translation>Indiquez la raison de la correction.</translation>
    </message>
    <message>
        <source>This order is already {status}: only a manager can still change it, with a reason.</source>
        <translation>Cette commande est déjà {status} : seul un responsable peut encore la modifier, avec une raison.</translation>
    </message>
    <message>
        <source>Order {order} was changed after the oven started: see what changed and tap “Seen” before marking it ready.</source>
        <translation>La commande {order} a été modifiée après le début de la cuisson : lisez la modification et touchez « Vu » avant de la marquer prête.</translation>
    </message>
    <message>
        <source>Give the reason for changing an order the kitchen has started.</source>
        <translation>Indiquez la raison de la modification d&apos;une commande que la cuisine a commencée.</translation>
    </message>
    <message>
        <source>A stop of this trip has been delivered since: its departure can no longer be undone.</source>
        <translation>Un arrêt de cette tournée a été livré depuis : son départ ne peut plus être annulé.</translation>
    </message>
    <message>
        <source>Give the reason for the cancellation.</source>
        <translation>Indiquez la raison de l&apos;annulation.</translation>
    </message>
    <message>
        <source>A delivery needs a customer and an address.</source>
        <translation>Une livraison demande un client et une adresse.</translation>
    </message>
    <message>
        <source>The promised time has already passed.</source>
        <translation>L&apos;heure promise est déjà passée.</translation>
    </message>
    <message>
        <source>The promised time is too far away (more than 7 days).</source>
        <translation>L&apos;heure promise est trop lointaine (plus de 7 jours).</translation>
    </message>
    <message>
        <source>This PC only takes phone and counter orders.</source>
        <translation>Ce poste ne prend que les commandes par téléphone ou au comptoir.</translation>
    </message>
    <message>
        <source>Closed at that time: next possible time {next}.</source>
        <translation>Fermé à cette heure : prochaine heure possible {next}.</translation>
    </message>
    <message>
        <source>Closed on {day} ({label}): next possible time {next}.</source>
        <translation>Fermé le {day} ({label}) : prochaine heure possible {next}.</translation>
    </message>
    <message>
        <source>Last orders for that time have passed: next possible time {next}.</source>
        <translation>L&apos;heure des dernières commandes est passée pour cette heure-là : prochaine heure possible {next}.</translation>
    </message>
    <message>
        <source>Closed at that time, and not open in the next two weeks.</source>
        <translation>Fermé à cette heure, et pas d&apos;ouverture dans les deux semaines qui viennent.</translation>
    </message>
    <message>
        <source>This address is outside the delivery zone of {store}; it is delivered by: {stores}.</source>
        <translation>Cette adresse est hors de la zone de livraison de {store} ; elle est livrée par : {stores}.</translation>
    </message>
    <message>
        <source>This address is outside the delivery zone of {store}, and of every store.</source>
        <translation>Cette adresse est hors de la zone de livraison de {store}, et de celle de toutes les pizzerias.</translation>
    </message>
    <message>
        <source>This order is closed: no more payments.</source>
        <translation>Cette commande est close : plus de paiement possible.</translation>
    </message>
    <message>
        <source>The amount is more than what is still due ({due}).</source>
        <translation>Le montant dépasse le reste à payer ({due}).</translation>
    </message>
    <message>
        <source>The customer handed over less than the amount taken.</source>
        <translation>Le client a donné moins que le montant encaissé.</translation>
    </message>
    <message>
        <source>An online payment needs the bank&apos;s reference (4 to 64 characters).</source>
        <translation>Un paiement en ligne demande la référence de la banque (4 à 64 caractères).</translation>
    </message>
    <message>
        <source>Change only applies to cash.</source>
        <translation>Le rendu de monnaie ne concerne que les espèces.</translation>
    </message>
    <message>
        <source>The planned tenders exceed the order total.</source>
        <translation>Les moyens de paiement prévus dépassent le total de la commande.</translation>
    </message>
    <message>
        <source>{who} cancelled this order at {at}.</source>
        <translation>{who} a annulé cette commande à {at}.</translation>
    </message>
    <message>
        <source>{who} changed this order at {at}: it was reloaded, try again.</source>
        <translation>{who} a modifié cette commande à {at} : elle a été rechargée, recommencez.</translation>
    </message>
    <message>
        <source>{who} recorded a payment on this order at {at}: reload it.</source>
        <translation>{who} a enregistré un paiement sur cette commande à {at} : rechargez-la.</translation>
    </message>
    <message>
        <source>This order is &apos;{status}&apos;: it can no longer be changed.</source>
        <translation>Cette commande est « {status} » : elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>This submission already saved order no. {order} with another content: nothing was changed. Open order no. {order} to check it.</source>
        <translation>Cet envoi a déjà enregistré la commande n° {order} avec un autre contenu : rien n&apos;a été modifié. Ouvrez la commande n° {order} pour la vérifier.</translation>
    </message>
    <message>
        <source>This payment was already recorded ({tender}, {amount}): another amount cannot replace it.</source>
        <translation>Ce paiement a déjà été enregistré ({tender}, {amount}) : un autre montant ne peut pas le remplacer.</translation>
    </message>
    <message>
        <source>An amount cannot be negative or zero.</source>
        <translation>Un montant ne peut pas être négatif ni nul.</translation>
    </message>
    <message>
        <source>Choose the reason for the discount from the list.</source>
        <translation>Choisissez le motif de la remise dans la liste.</translation>
    </message>
    <message>
        <source>The discount must be a positive amount.</source>
        <translation>Le montant de la remise doit être positif.</translation>
    </message>
    <message>
        <source>A discount cannot exceed 100 %.</source>
        <translation>Une remise ne peut pas dépasser 100 %.</translation>
    </message>
    <message>
        <source>The discounted line is no longer in the order.</source>
        <translation>La ligne remisée n&apos;est plus dans la commande.</translation>
    </message>
    <message>
        <source>This line already has a discount: change it rather than add another.</source>
        <translation>Cette ligne a déjà une remise : modifiez-la plutôt que d&apos;en ajouter une.</translation>
    </message>
    <message>
        <source>The discount is more than what it applies to.</source>
        <translation>La remise dépasse le montant auquel elle s&apos;applique.</translation>
    </message>
    <message>
        <source>Discounts of {amount}: your role allows at most {limit} on this order ({percent} of the total). Ask a manager.</source>
        <translation>Remises de {amount} : votre rôle permet au plus {limit} sur cette commande ({percent} du total). Demandez à un responsable.</translation>
    </message>
    <message>
        <source>The customer has already paid {kept} and the order now comes to {total}: say how {amount} is given back.</source>
        <translation>Le client a déjà payé {kept} et la commande revient à {total} : indiquez comment rendre {amount}.</translation>
    </message>
    <message>
        <source>The refund must be exactly {amount} (entered: {given}).</source>
        <translation>Le remboursement doit être exactement de {amount} (saisi : {given}).</translation>
    </message>
    <message>
        <source>Cannot refund more by {tender} than what was paid that way ({paid}).</source>
        <translation>On ne peut pas rembourser plus en {tender} que ce qui a été payé ainsi ({paid}).</translation>
    </message>
    <message>
        <source>A card or online refund needs the bank&apos;s reference (4 to 64 characters).</source>
        <translation>Un remboursement par carte ou en ligne demande la référence de la banque (4 à 64 caractères).</translation>
    </message>
    <message>
        <source>Give the reason for the refund.</source>
        <translation>Indiquez la raison du remboursement.</translation>
    </message>
    <message>
        <source>A refund above {limit} must be approved by a manager (username and password).</source>
        <translation>Un remboursement de plus de {limit} doit être validé par un responsable (identifiant et mot de passe).</translation>
    </message>
    <message>
        <source>{who} cannot approve a refund in this store.</source>
        <translation>{who} ne peut pas valider un remboursement dans cette pizzeria.</translation>
    </message>
    <message>
        <source>Impossible value for {field}.</source>
        <translation>Valeur impossible pour {field}.</translation>
    </message>
    <message>
        <source>Choose at least one order.</source>
        <translation>Choisissez au moins une commande.</translation>
    </message>
    <message>
        <source>A trip has at most {limit} stops.</source>
        <translation>Une tournée compte au plus {limit} arrêts.</translation>
    </message>
    <message>
        <source>Order no. {order} is a take-away: it is not delivered.</source>
        <translation>La commande n° {order} est à emporter : elle ne se livre pas.</translation>
    </message>
    <message>
        <source>The address of order no. {order} has no location: check it.</source>
        <translation>L&apos;adresse de la commande n° {order} n&apos;est pas localisée : vérifiez-la.</translation>
    </message>
    <message>
        <source>This account is not an active driver of this store.</source>
        <translation>Ce compte n&apos;est pas un livreur actif de cette pizzeria.</translation>
    </message>
    <message>
        <source>{driver} is not on shift: start their shift first.</source>
        <translation>{driver} n&apos;est pas en service : commencez d&apos;abord son service.</translation>
    </message>
    <message>
        <source>{driver} is already on shift.</source>
        <translation>{driver} est déjà en service.</translation>
    </message>
    <message>
        <source>This shift has already ended.</source>
        <translation>Ce service est déjà terminé.</translation>
    </message>
    <message>
        <source>Shift not found.</source>
        <translation>Service introuvable.</translation>
    </message>
    <message>
        <source>{driver} still has an unfinished trip: the shift cannot be ended.</source>
        <translation>{driver} a encore une tournée non terminée : son service ne peut pas être clos.</translation>
    </message>
    <message>
        <source>{driver} is already out on a trip: wait until they are back.</source>
        <translation>{driver} est déjà parti en tournée : attendez son retour.</translation>
    </message>
    <message>
        <source>{who} already gave order no. {order} to {driver}.</source>
        <translation>{who} a déjà confié la commande n° {order} à {driver}.</translation>
    </message>
    <message>
        <source>{who} moved order no. {order} to &apos;{status}&apos;: it no longer leaves.</source>
        <translation>{who} a fait passer la commande n° {order} à « {status} » : elle ne part plus.</translation>
    </message>
    <message>
        <source>Order no. {order} was cancelled meanwhile.</source>
        <translation>La commande n° {order} a été annulée entre-temps.</translation>
    </message>
    <message>
        <source>This trip was just changed on another PC: reload it.</source>
        <translation>Cette tournée vient d&apos;être modifiée sur un autre poste : rechargez-la.</translation>
    </message>
    <message>
        <source>Trip not found.</source>
        <translation>Tournée introuvable.</translation>
    </message>
    <message>
        <source>This trip has already left.</source>
        <translation>Cette tournée est déjà partie.</translation>
    </message>
    <message>
        <source>The trip has not left yet: press &apos;Out for delivery&apos; first.</source>
        <translation>La tournée n&apos;est pas encore partie : appuyez d&apos;abord sur « En livraison ».</translation>
    </message>
    <message>
        <source>This trip has no stop left.</source>
        <translation>Cette tournée n&apos;a plus aucun arrêt.</translation>
    </message>
    <message>
        <source>This trip belongs to another driver.</source>
        <translation>Cette tournée est celle d&apos;un autre livreur.</translation>
    </message>
    <message>
        <source>Order no. {order} is not on this trip.</source>
        <translation>La commande n° {order} n&apos;est pas dans cette tournée.</translation>
    </message>
    <message>
        <source>Order no. {order} is not out for delivery.</source>
        <translation>La commande n° {order} n&apos;est pas en livraison.</translation>
    </message>
    <message>
        <source>The address of order no. {order} could not be located: place it on the map (&apos;Place on the map…&apos;).</source>
        <translation>L&apos;adresse de la commande n° {order} n&apos;a pas pu être localisée : placez-la sur la carte (« Placer sur la carte… »).</translation>
    </message>
    <message>
        <source>This point is outside metropolitan France: put the pin on the address.</source>
        <translation>Ce point est hors de France métropolitaine : placez l&apos;épingle sur l&apos;adresse.</translation>
    </message>
    <message>
        <source>The address was changed meanwhile: it was reloaded, place it again.</source>
        <translation>L&apos;adresse a été modifiée entre-temps : elle a été rechargée, placez-la à nouveau.</translation>
    </message>
    <message>
        <source>Store not found.</source>
        <translation>Pizzeria introuvable.</translation>
    </message>
    <message>
        <source>Closure not found.</source>
        <translation>Clôture introuvable.</translation>
    </message>
    <message>
        <source>{day} has not come yet: a day is closed once it has begun.</source>
        <translation>Le {day} n&apos;est pas encore arrivé : une journée se clôture une fois commencée.</translation>
    </message>
    <message>
        <source>Already closed ({period}) by {who} at {time}: nothing was recorded.</source>
        <translation>Déjà clôturé ({period}) par {who} le {time} : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The day {closed} is already closed: the earlier day {day} can no longer be (its entries went to the next business day).</source>
        <translation>La journée du {closed} est déjà clôturée : celle du {day}, antérieure, ne peut plus l&apos;être (ses écritures sont passées sur la journée suivante).</translation>
    </message>
    <message>
        <source>Close the day {earlier} first: it has sales not closed yet.</source>
        <translation>Clôturez d&apos;abord la journée du {earlier} : elle a des ventes non clôturées.</translation>
    </message>
    <message>
        <source>{count} order(s) are not finished or not fully paid (no. {orders}): finish them, or carry them over to the next business day.</source>
        <translation>{count} commande(s) ne sont pas terminées ou pas entièrement réglées (n° {orders}) : terminez-les, ou reportez-les sur la journée suivante.</translation>
    </message>
    <message>
        <source>Impossible count for {denomination}: a whole number from 0 to {limit}.</source>
        <translation>Comptage impossible pour {denomination} : un nombre entier de 0 à {limit}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is neither a euro note nor a euro coin.</source>
        <translation>« {value} » n&apos;est ni un billet ni une pièce en euros.</translation>
    </message>
    <message>
        <source>The drawer counted ({amount}) is above {limit}: check the count.</source>
        <translation>Le tiroir compté ({amount}) dépasse {limit} : vérifiez le comptage.</translation>
    </message>
    <message>
        <source>The period is not over yet ({period}): it is closed after its last day.</source>
        <translation>Période pas encore terminée ({period}) : elle se clôture après son dernier jour.</translation>
    </message>
    <message>
        <source>Days are not closed ({period}): {days}. Close them first.</source>
        <translation>Des journées ne sont pas clôturées ({period}) : {days}. Clôturez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>Months are not closed ({period}): {months}. Close them first.</source>
        <translation>Des mois ne sont pas clôturés ({period}) : {months}. Clôturez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>This PC already has a signing key ({key}): add --replace to replace it (the old one is retired; its signatures stay verifiable).</source>
        <translation>Ce poste a déjà une clé de signature ({key}) : ajoutez --replace pour la remplacer (l&apos;ancienne est retirée, ses signatures restent vérifiables).</translation>
    </message>
    <message>
        <source>No usable OS keyring on this PC: the private key cannot be stored there; nothing was created.</source>
        <translation>Aucun trousseau du système n&apos;est utilisable sur ce poste : la clé privée ne peut pas y être rangée, rien n&apos;a été créé.</translation>
    </message>
</context>
<context>
    <name>DrawerModel</name>
    <message>
        <source>Coin of {value}</source>
        <translation>Pièce de {value}</translation>
    </message>
    <message>
        <source>Note of {value}</source>
        <translation>Billet de {value}</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>How many, from 0 to {limit}</source>
        <translation>Combien, de 0 à {limit}</translation>
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
        <source>Approximate location (postcode only): call the customer.</source>
        <translation>Localisation approximative (code postal seulement) : appelez le client.</translation>
    </message>
    <message>
        <source>To collect: {amount}</source>
        <translation>À encaisser : {amount}</translation>
    </message>
    <message>
        <source>Order {number} is on the road again.</source>
        <translation>La commande {number} est à nouveau en livraison.</translation>
    </message>
    <message>
        <source>Departure undone: the trip is back at the store.</source>
        <translation>Départ annulé : la tournée est de retour au magasin.</translation>
    </message>
    <message>
        <source>Undo (departure)</source>
        <translation>Annuler (départ)</translation>
    </message>
    <message>
        <source>Not gone after all: the trip back at the store (Ctrl+Z)</source>
        <translation>Pas encore parti : la tournée revient au magasin (Ctrl+Z)</translation>
    </message>
    <message>
        <source>On the road: first stop expected at {eta}.</source>
        <translation>En route : premier arrêt prévu à {eta}.</translation>
    </message>
    <message>
        <source>Undo (no. {number})</source>
        <translation>Annuler (n° {number})</translation>
    </message>
    <message>
        <source>Order {number} not delivered after all: back on the road (Ctrl+Z)</source>
        <translation>Commande {number} pas encore livrée : à nouveau en livraison (Ctrl+Z)</translation>
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
    <message>
        <source>Leaving: “Out for delivery”. At each door: “Delivered”, then “Payment collected…” if the customer pays. Ctrl+Z takes a tap back for a few seconds.</source>
        <translation>Au départ : « En livraison ». À chaque porte : « Livrée », puis « Paiement encaissé… » si le client paie. Ctrl+Z annule un geste pendant quelques secondes.</translation>
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
    <name>ErrorDetail</name>
    <message>
        <source>Someone</source>
        <translation>Quelqu&apos;un</translation>
    </message>
    <message>
        <source>product</source>
        <translation>produit</translation>
    </message>
    <message>
        <source>day</source>
        <translation>journée</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>closure kind</source>
        <translation>type de clôture</translation>
    </message>
    <message>
        <source>carry over</source>
        <translation>report</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>no answer in {seconds} s</source>
        <translation>pas de réponse en {seconds} s</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>credit note No. {number} of order No. {order}</source>
        <translation>avoir n° {number} de la commande n° {order}</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>formule</translation>
    </message>
    <message>
        <source>account</source>
        <translation>compte</translation>
    </message>
    <message>
        <source>store</source>
        <translation>pizzeria</translation>
    </message>
    <message>
        <source>packs</source>
        <translation>colis</translation>
    </message>
    <message>
        <source>quantities</source>
        <translation>quantités</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>remarques</translation>
    </message>
    <message>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>street</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>address line 2</source>
        <translation>complément d&apos;adresse</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>door code</source>
        <translation>digicode</translation>
    </message>
    <message>
        <source>floor</source>
        <translation>étage</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>raison</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>name searched</source>
        <translation>nom recherché</translation>
    </message>
    <message>
        <source>search</source>
        <translation>recherche</translation>
    </message>
    <message>
        <source>alert threshold</source>
        <translation>seuil d&apos;alerte</translation>
    </message>
    <message>
        <source>counted quantity</source>
        <translation>quantité comptée</translation>
    </message>
    <message>
        <source>packs</source>
        <translation>colis</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>quantité</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>baking notes</source>
        <translation>cuisson</translation>
    </message>
    <message>
        <source>recipe</source>
        <translation>recette</translation>
    </message>
    <message>
        <source>memo step</source>
        <translation>étape du mémo</translation>
    </message>
    <message>
        <source>customisations</source>
        <translation>personnalisations</translation>
    </message>
    <message>
        <source>option label</source>
        <translation>libellé de l&apos;option</translation>
    </message>
    <message>
        <source>store name</source>
        <translation>nom de la pizzeria</translation>
    </message>
    <message>
        <source>username</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nom complet</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>type d&apos;élément</translation>
    </message>
    <message>
        <source>change fund</source>
        <translation>fonds de caisse</translation>
    </message>
    <message>
        <source>cash handed in</source>
        <translation>espèces remises</translation>
    </message>
    <message>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <source>maintenance message</source>
        <translation>message de maintenance</translation>
    </message>
    <message>
        <source>a manager&apos;s discount limit (between the counter&apos;s and 100 %)</source>
        <translation>la remise maximale d&apos;un responsable (entre celle de l&apos;accueil et 100 %)</translation>
    </message>
    <message>
        <source>the refund approval threshold (0 to €1,000)</source>
        <translation>le seuil de validation des remboursements (0 à 1 000 €)</translation>
    </message>
</context>
<context>
    <name>FieldHint</name>
    <message>
        <source>“{character}” is not allowed here.</source>
        <translation>« {character} » n&apos;est pas permis ici.</translation>
    </message>
    <message>
        <source>At most {limit} characters here: the text was cut at {limit}.</source>
        <translation>{limit} caractères au plus ici : le texte a été coupé à {limit}.</translation>
    </message>
</context>
<context>
    <name>FormulaDialog</name>
    <message>
        <source>Which formula?</source>
        <translation>Quelle formule ?</translation>
    </message>
    <message>
        <source>{formula} — {slot} ({number}/{count})</source>
        <translation>{formula} — {slot} ({number}/{count})</translation>
    </message>
    <message>
        <source>cannot be made now</source>
        <translation>impossible à faire maintenant</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>1–9 or Enter: choose · first letters: find · Esc: back one step</source>
        <translation>1–9 ou Entrée : choisir · premières lettres : chercher · Échap : revenir d&apos;une étape</translation>
    </message>
</context>
<context>
    <name>FormulasDialog</name>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation>Supplément</translation>
    </message>
    <message>
        <source>{formula} (not sold)</source>
        <translation>{formula} (pas en vente)</translation>
    </message>
    <message>
        <source>(none: the products listed)</source>
        <translation>(aucune : les produits listés)</translation>
    </message>
    <message>
        <source>Add or choose a slot first.</source>
        <translation>Ajoutez ou choisissez d&apos;abord un emplacement.</translation>
    </message>
    <message>
        <source>Formula saved.</source>
        <translation>Formule enregistrée.</translation>
    </message>
    <message>
        <source>Formulas</source>
        <translation>Formules</translation>
    </message>
    <message>
        <source>A formula is a set price for one choice per slot. A slot offers every active product of its category in its size (empty: each product&apos;s default size), and the products listed, some at a supplement.</source>
        <translation>Une formule est un prix fixe pour un choix par emplacement. Un emplacement propose chaque produit actif de sa catégorie dans sa taille (vide : la taille par défaut de chaque produit), et les produits listés, certains avec un supplément.</translation>
    </message>
    <message>
        <source>New formula</source>
        <translation>Nouvelle formule</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Set &amp;price</source>
        <translation>&amp;Prix fixe</translation>
    </message>
    <message>
        <source>15,90</source>
        <translation>15,90</translation>
    </message>
    <message>
        <source>&amp;Sold (active)</source>
        <translation>En &amp;vente (active)</translation>
    </message>
    <message>
        <source>Slots, in order</source>
        <translation>Emplacements, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Emplacements</translation>
    </message>
    <message>
        <source>Add a slot</source>
        <translation>Ajouter un emplacement</translation>
    </message>
    <message>
        <source>Remove the slot</source>
        <translation>Retirer l&apos;emplacement</translation>
    </message>
    <message>
        <source>Products listed for the selected slot (beyond its category), and supplements</source>
        <translation>Produits listés pour l&apos;emplacement choisi (en plus de sa catégorie), et suppléments</translation>
    </message>
    <message>
        <source>Products listed and supplements</source>
        <translation>Produits listés et suppléments</translation>
    </message>
    <message>
        <source>Add a product</source>
        <translation>Ajouter un produit</translation>
    </message>
    <message>
        <source>Remove the product</source>
        <translation>Retirer le produit</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the formula (Ctrl+S)</source>
        <translation>Enregistrer la formule (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
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
    <name>JournalAudit</name>
    <message>
        <source>sequence number missing before this one (expected {expected})</source>
        <translation>numéro de séquence manquant avant celui-ci (attendu {expected})</translation>
    </message>
    <message>
        <source>the previous hash is not the hash of the entry before (the chain is broken)</source>
        <translation>l&apos;empreinte précédente ne correspond pas à l&apos;écriture d&apos;avant (chaînage rompu)</translation>
    </message>
    <message>
        <source>the hash does not match the entry&apos;s fields (the entry was altered)</source>
        <translation>l&apos;empreinte ne correspond pas au contenu de l&apos;écriture (écriture modifiée)</translation>
    </message>
    <message>
        <source>the journal head says sequence {head_sequence}, the journal ends at {last_sequence} (entries deleted, or added outside the chain)</source>
        <translation>la tête du journal indique la séquence {head_sequence}, le journal s&apos;arrête à {last_sequence} (écritures supprimées ou ajoutées hors chaîne)</translation>
    </message>
    <message>
        <source>ticket number {ticket} after {previous} (a ticket missing or twice)</source>
        <translation>numéro de ticket {ticket} après {previous} (ticket manquant ou en double)</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; entry without an order</source>
        <translation>écriture « {kind} » sans commande</translation>
    </message>
    <message>
        <source>payment {payment} of order {order} ({amount}, {tender}) has no journal entry</source>
        <translation>le paiement {payment} de la commande {order} ({amount}, {tender}) n&apos;a pas d&apos;écriture au journal</translation>
    </message>
    <message>
        <source>payment {payment} of order {order} is {table} in the payments table and {journal} in the journal</source>
        <translation>le paiement {payment} de la commande {order} vaut {table} dans la table des paiements et {journal} au journal</translation>
    </message>
    <message>
        <source>payment of {amount} ({tender}) of order {order} in the journal, missing from the payments table</source>
        <translation>paiement de {amount} ({tender}) de la commande {order} au journal, absent de la table des paiements</translation>
    </message>
    <message>
        <source>credit note {credit_note} (order {order}, {amount}) has no journal entry</source>
        <translation>l&apos;avoir n° {credit_note} (commande {order}, {amount}) n&apos;a pas d&apos;écriture au journal</translation>
    </message>
    <message>
        <source>credit note {credit_note} is {table} in the refunds table and {journal} in the journal</source>
        <translation>l&apos;avoir n° {credit_note} vaut {table} dans la table des remboursements et {journal} au journal</translation>
    </message>
    <message>
        <source>credit note {credit_note} ({amount}) in the journal, missing from the refunds table</source>
        <translation>avoir n° {credit_note} ({amount}) au journal, absent de la table des remboursements</translation>
    </message>
    <message>
        <source>order {order} is {table} in the orders table and {journal} in its latest sale or modification entry</source>
        <translation>la commande {order} vaut {table} dans la table des commandes et {journal} dans sa dernière écriture de vente ou de modification</translation>
    </message>
    <message>
        <source>order {order} (of {day}) has no sale entry</source>
        <translation>la commande {order} (du {day}) n&apos;a pas d&apos;écriture de vente</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; entry of order {order}, which is not an order of this store</source>
        <translation>écriture « {kind} » de la commande {order}, qui n&apos;est pas une commande de cette pizzeria</translation>
    </message>
    <message>
        <source>order {order} is cancelled in the journal but &apos;{status}&apos; in the orders table</source>
        <translation>la commande {order} est annulée au journal mais « {status} » dans la table des commandes</translation>
    </message>
    <message>
        <source>closure {closure} ({kind} {period}): its journal entry is missing or is not a closure of this store</source>
        <translation>clôture {closure} ({kind} {period}) : son écriture au journal manque ou n&apos;est pas une clôture de cette pizzeria</translation>
    </message>
    <message>
        <source>closure {closure} ({kind} {period}): the closures row differs from its journal entry ({what})</source>
        <translation>clôture {closure} ({kind} {period}) : la ligne de la table des clôtures diffère de son écriture au journal ({what})</translation>
    </message>
    <message>
        <source>closure {closure} ({kind} {period}): {what} is {stored} in the closure, {computed} recomputed from the period&apos;s entries</source>
        <translation>clôture {closure} ({kind} {period}) : {what} vaut {stored} dans la clôture, {computed} recalculé depuis les écritures de la période</translation>
    </message>
    <message>
        <source>closure entry without its row in the closures table</source>
        <translation>écriture de clôture sans sa ligne dans la table des clôtures</translation>
    </message>
    <message>
        <source>closure {closure} ({kind} {period}): the perpetual grand total starts again from {stored}, the previous day&apos;s closure ended at {computed}</source>
        <translation>clôture {closure} ({kind} {period}) : le grand total perpétuel repart de {stored}, la clôture de la journée précédente finissait à {computed}</translation>
    </message>
    <message>
        <source>closure {closure} ({kind} {period}): the signature does not match the entry with key {key}</source>
        <translation>clôture {closure} ({kind} {period}) : la signature ne correspond pas à l&apos;écriture avec la clé {key}</translation>
    </message>
    <message>
        <source>closure {closure} ({kind} {period}): unknown signing key {key}</source>
        <translation>clôture {closure} ({kind} {period}) : clé de signature inconnue {key}</translation>
    </message>
    <message>
        <source>closure {closure} ({kind} {period}): key {key} is named but the signature is missing</source>
        <translation>clôture {closure} ({kind} {period}) : la clé {key} est indiquée mais la signature manque</translation>
    </message>
    <message>
        <source>archive member {member}: {why}</source>
        <translation>membre {member} de l&apos;archive : {why}</translation>
    </message>
    <message>
        <source>archive manifest: {why}</source>
        <translation>manifeste de l&apos;archive : {why}</translation>
    </message>
    <message>
        <source>the archive says {what} {expected}, its content gives {found}</source>
        <translation>l&apos;archive annonce {what} {expected}, son contenu donne {found}</translation>
    </message>
    <message>
        <source>manifest signature: {why}</source>
        <translation>signature du manifeste : {why}</translation>
    </message>
    <message>
        <source>the archive starts after sequence {start} ({start_hash}), the previous archive ends at {previous} ({previous_hash})</source>
        <translation>l&apos;archive commence après la séquence {start} ({start_hash}), l&apos;archive précédente finit à {previous} ({previous_hash})</translation>
    </message>
    <message>
        <source>wrong SHA-256 (the file changed)</source>
        <translation>empreinte SHA-256 fausse (fichier modifié)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>not listed in the manifest</source>
        <translation>absent du manifeste</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>it does not match the manifest (the manifest changed, or another key)</source>
        <translation>elle ne correspond pas au manifeste (manifeste modifié ou autre clé)</translation>
    </message>
    <message>
        <source>the archive is not signed</source>
        <translation>archive non signée</translation>
    </message>
    <message>
        <source>signed by key {found}, the expected key is {expected}</source>
        <translation>signée par la clé {found}, la clé attendue est {expected}</translation>
    </message>
    <message>
        <source>key missing from keys.json</source>
        <translation>clé absente de keys.json</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>vente</translation>
    </message>
    <message>
        <source>modification</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>annulation</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>paiement</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>avoir</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicata</translation>
    </message>
    <message>
        <source>closure</source>
        <translation>clôture</translation>
    </message>
    <message>
        <source>day</source>
        <translation>journée</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>espèces</translation>
    </message>
    <message>
        <source>card</source>
        <translation>carte</translation>
    </message>
    <message>
        <source>meal voucher</source>
        <translation>titre-restaurant</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>{where}: {what}</source>
        <translation>{where} : {what}</translation>
    </message>
    <message>
        <source>store {code}</source>
        <translation>pizzeria {code}</translation>
    </message>
    <message>
        <source>sequence {number}</source>
        <translation>séquence {number}</translation>
    </message>
    <message>
        <source>entry id {id}</source>
        <translation>écriture id {id}</translation>
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
        <source>Undo (no. {number})</source>
        <translation>Annuler (n° {number})</translation>
    </message>
    <message>
        <source>Put order {number} back to “{status}” (Ctrl+Z)</source>
        <translation>Remettre la commande {number} à « {status} » (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Order {number} is back to “{status}”.</source>
        <translation>La commande {number} est revenue à « {status} ».</translation>
    </message>
    <message>
        <source>{count} orders waiting</source>
        <translation>{count} commandes en attente</translation>
    </message>
    <message>
        <source>{count} order waiting</source>
        <translation>{count} commande en attente</translation>
    </message>
    <message>
        <source>“Start” when the order goes in the oven, “Ready” when it comes out. Ctrl+Z takes a tap back for a few seconds.</source>
        <translation>« Commencer » quand la commande part au four, « Prête » quand elle en sort. Ctrl+Z annule un geste pendant quelques secondes.</translation>
    </message>
    <message>
        <source>No order waiting.</source>
        <translation>Aucune commande en attente.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Door code {code}</source>
        <translation>Digicode {code}</translation>
    </message>
    <message>
        <source>Floor {floor}</source>
        <translation>Étage {floor}</translation>
    </message>
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
        <source>Loyal customer</source>
        <translation>Client fidèle</translation>
    </message>
    <message>
        <source>Goodwill gesture</source>
        <translation>Geste commercial</translation>
    </message>
    <message>
        <source>Late order</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Product not right</source>
        <translation>Produit non conforme</translation>
    </message>
    <message>
        <source>Staff meal</source>
        <translation>Repas du personnel</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>pièces</translation>
    </message>
    <message>
        <source>pc</source>
        <translation>pièce</translation>
    </message>
</context>
<context>
    <name>LateChangeDialog</name>
    <message>
        <source>Change an order in preparation</source>
        <translation>Modifier une commande en préparation</translation>
    </message>
    <message>
        <source>Order {number} is already being prepared: the kitchen will see what you change and must acknowledge it. A reason is required.</source>
        <translation>La commande {number} est déjà en préparation : la cuisine verra ce que vous modifiez et devra le confirmer. Une raison est obligatoire.</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Raison de la modification</translation>
    </message>
    <message>
        <source>Give the reason for the change.</source>
        <translation>Indiquez la raison de la modification.</translation>
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
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Cash close</source>
        <translation>Clôture de caisse</translation>
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
        <source>Sign out of this PC (asks first when an order is being typed)</source>
        <translation>Se déconnecter de ce poste (demande d&apos;abord si une commande est en cours de saisie)</translation>
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
        <source>Zoom in (+ or the mouse wheel)</source>
        <translation>Zoom avant (+ ou la molette)</translation>
    </message>
    <message>
        <source>Zoom out (- or the mouse wheel)</source>
        <translation>Zoom arrière (- ou la molette)</translation>
    </message>
    <message>
        <source>Fit the trip</source>
        <translation>Voir toute la tournée</translation>
    </message>
    <message>
        <source>Centre on the store</source>
        <translation>Centrer sur le restaurant</translation>
    </message>
</context>
<context>
    <name>Maps</name>
    <message>
        <source>Offline estimate (no Google Maps key configured).</source>
        <translation>Estimation hors ligne (pas de clé Google Maps configurée).</translation>
    </message>
    <message>
        <source>Offline estimate: Google Maps did not answer properly ({reason}).</source>
        <translation>Estimation hors ligne : Google Maps n&apos;a pas répondu correctement ({reason}).</translation>
    </message>
    <message>
        <source>Offline estimate: Google Maps is unavailable, it will be tried again shortly.</source>
        <translation>Estimation hors ligne : Google Maps est indisponible, nouvel essai sous peu.</translation>
    </message>
    <message>
        <source>Offline estimate: Google Maps finds no route.</source>
        <translation>Estimation hors ligne : Google Maps ne trouve pas d&apos;itinéraire.</translation>
    </message>
    <message>
        <source>Offline estimate: the IGN itinerary service did not answer properly ({reason}).</source>
        <translation>Estimation hors ligne : le calcul d&apos;itinéraire de l&apos;IGN n&apos;a pas répondu correctement ({reason}).</translation>
    </message>
    <message>
        <source>Offline estimate: the IGN itinerary service is unavailable, it will be tried again shortly.</source>
        <translation>Estimation hors ligne : le calcul d&apos;itinéraire de l&apos;IGN est indisponible, nouvel essai sous peu.</translation>
    </message>
    <message>
        <source>Offline estimate: the IGN finds no route.</source>
        <translation>Estimation hors ligne : l&apos;IGN ne trouve pas d&apos;itinéraire.</translation>
    </message>
    <message>
        <source>quota exceeded</source>
        <translation>quota dépassé</translation>
    </message>
    <message>
        <source>key refused</source>
        <translation>clé refusée</translation>
    </message>
    <message>
        <source>request refused</source>
        <translation>requête refusée</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>erreur du serveur</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>réseau injoignable</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>réponse illisible</translation>
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
    <name>Month</name>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
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
        <source>&amp;Undo the last step…</source>
        <translation>Annuler la dernière é&amp;tape…</translation>
    </message>
    <message>
        <source>Take back the last kitchen or delivery step of this order, with the reason (Alt+U)</source>
        <translation>Revenir sur la dernière étape cuisine ou livraison de cette commande, avec la raison (Alt+T)</translation>
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
        <source>{count} order</source>
        <translation>{count} commande</translation>
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
        <source>Change this order in preparation: a reason is asked, the kitchen is shown what changed (Alt+M)</source>
        <translation>Modifier cette commande en préparation : une raison est demandée, la cuisine voit ce qui a changé (Alt+M)</translation>
    </message>
    <message>
        <source>Change this order while it is received (Alt+M)</source>
        <translation>Modifier cette commande tant qu&apos;elle est reçue (Alt+M)</translation>
    </message>
    <message>
        <source>Credit note No. {number}</source>
        <translation>Avoir n° {number}</translation>
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
        <source>Discount: {what}</source>
        <translation>Remise : {what}</translation>
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
        <source>Credit note {number}: {amount} given back ({tender})</source>
        <translation>Avoir n° {number} : {amount} rendus ({tender})</translation>
    </message>
    <message>
        <source>approved by {name}</source>
        <translation>validé par {name}</translation>
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
    <message>
        <source>Order {number} was paid {paid}: cancelling it gives {paid} back to the customer, with a credit note. The reason is printed on it.</source>
        <translation>La commande n° {number} a été payée {paid} : l&apos;annuler rend {paid} au client, avec un avoir. La raison y est imprimée.</translation>
    </message>
    <message>
        <source>Cancel and refund</source>
        <translation>Annuler et rembourser</translation>
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
    <name>OrderStatus</name>
    <message>
        <source>received</source>
        <translation>reçue</translation>
    </message>
    <message>
        <source>in preparation</source>
        <translation>en préparation</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <source>out for delivery</source>
        <translation>en livraison</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>livrée</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
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
        <source>Discount…</source>
        <translation>Remise…</translation>
    </message>
    <message>
        <source>A discount on the selected line or on the whole order (Ctrl+M)</source>
        <translation>Une remise sur la ligne choisie ou sur toute la commande (Ctrl+M)</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
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
        <source>Search the menu… (Ctrl+F)</source>
        <translation>Chercher un produit… (Ctrl+F)</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Nouvelle commande</translation>
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
        <source>in preparation: the kitchen will be shown the change (reason: {reason})</source>
        <translation>en préparation : la cuisine verra la modification (raison : {reason})</translation>
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
        <source>Back on the menu</source>
        <translation>Remettre à la carte</translation>
    </message>
    <message>
        <source>{name} is sold out here: put it back on this store&apos;s menu</source>
        <translation>{name} est en rupture ici : le remettre à la carte de la pizzeria</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Rupture</translation>
    </message>
    <message>
        <source>Take {name} off this store&apos;s menu, on the website too, until put back</source>
        <translation>Retirer {name} de la carte de la pizzeria, sur le site aussi, jusqu&apos;à sa remise à la carte</translation>
    </message>
    <message>
        <source>Sizes — {sizes}; / half-and-half</source>
        <translation>Tailles — {sizes} ; / moitié-moitié</translation>
    </message>
    <message>
        <source>{name} is back on the menu.</source>
        <translation>{name} est de nouveau à la carte.</translation>
    </message>
    <message>
        <source>{name} is sold out: off this store&apos;s menu and the website&apos;s.</source>
        <translation>{name} est en rupture : retiré de la carte de la pizzeria et du site.</translation>
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
        <source>{name} has no size {number}.</source>
        <translation>{name} n&apos;existe pas en taille {number}.</translation>
    </message>
    <message>
        <source>No formula is sold today.</source>
        <translation>Aucune formule n&apos;est vendue aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>½ {name} + …: choose the other half, then its size (1, 2, 3) or Enter (Esc: cancel).</source>
        <translation>½ {name} + … : choisissez l&apos;autre moitié, puis sa taille (1, 2, 3) ou Entrée (Échap : annuler).</translation>
    </message>
    <message>
        <source>Half-and-half cancelled.</source>
        <translation>Moitié-moitié annulée.</translation>
    </message>
    <message>
        <source>Both halves must be the same size: {name} has no {size}.</source>
        <translation>Les deux moitiés doivent être de la même taille : {name} n&apos;existe pas en {size}.</translation>
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
        <source>A half-and-half pizza is made without customisations.</source>
        <translation>Une pizza moitié-moitié se fait sans personnalisation.</translation>
    </message>
    <message>
        <source>{name} has no customisation.</source>
        <translation>{name} n&apos;a pas de personnalisation.</translation>
    </message>
    <message>
        <source>No choice of this formula has a customisation.</source>
        <translation>Aucun choix de cette formule ne se personnalise.</translation>
    </message>
    <message>
        <source>The order is empty.</source>
        <translation>La commande est vide.</translation>
    </message>
    <message>
        <source>VAT {rate}: {vat}</source>
        <translation>TVA {rate} : {vat}</translation>
    </message>
    <message>
        <source>VAT {rate}: {vat} on {base}</source>
        <translation>TVA {rate} : {vat} sur {base} HT</translation>
    </message>
    <message>
        <source>Before discounts {gross}, discounts −{amount}</source>
        <translation>Avant remises {gross}, remises −{amount}</translation>
    </message>
    <message>
        <source>Already paid {paid}: give back {amount}</source>
        <translation>Déjà payé {paid} : rendre {amount}</translation>
    </message>
    <message>
        <source>Already paid {paid}, still due {due}</source>
        <translation>Déjà payé {paid}, reste dû {due}</translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <translation>Total {amount}</translation>
    </message>
    <message>
        <source>Meal vouchers give no change: {amount} is not returned.</source>
        <translation>Les titres-restaurant ne rendent pas la monnaie : {amount} ne sont pas rendus.</translation>
    </message>
    <message>
        <source>Credit note {number}: give back {amount}.</source>
        <translation>Avoir n° {number} : rendre {amount}.</translation>
    </message>
    <message>
        <source>The connection dropped while the order was sent: checking what was saved as soon as the database answers…</source>
        <translation>La connexion a été perdue pendant l&apos;envoi : vérification de ce qui a été enregistré dès que la base répond…</translation>
    </message>
    <message>
        <source>As a manager you can still change it: Orders, then Modify, giving the reason; the kitchen is shown what changed.</source>
        <translation>En tant que responsable, vous pouvez encore la modifier : Commandes, puis Modifier, en donnant la raison ; la cuisine verra ce qui a changé.</translation>
    </message>
    <message>
        <source>Nothing was saved (the connection dropped before the order reached the database). Check the order and validate it again.</source>
        <translation>Rien n&apos;a été enregistré (la connexion a été perdue avant que la commande n&apos;arrive à la base). Vérifiez la commande et validez-la à nouveau.</translation>
    </message>
    <message>
        <source>Excl. VAT {amount}</source>
        <translation>HT {amount}</translation>
    </message>
    <message>
        <source>Add a product before giving a discount.</source>
        <translation>Ajoutez un produit avant de faire une remise.</translation>
    </message>
    <message>
        <source>Your role does not give discounts.</source>
        <translation>Votre rôle ne permet pas de faire des remises.</translation>
    </message>
    <message>
        <source>The line {quantity} × {name}</source>
        <translation>La ligne {quantity} × {name}</translation>
    </message>
    <message>
        <source>The whole order</source>
        <translation>Toute la commande</translation>
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
        <source>Order {number} was paid {paid} and now comes to {total}: {amount} goes back to the customer, with a credit note.</source>
        <translation>La commande n° {number} a été payée {paid} et revient maintenant à {total} : {amount} sont rendus au client, avec un avoir.</translation>
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
        <source>Order {number} had been saved (the connection dropped while it was sent) — {total}, promised at {time}.</source>
        <translation>La commande {number} avait bien été enregistrée (la connexion a été perdue pendant l&apos;envoi) — {total}, promise à {time}.</translation>
    </message>
    <message>
        <source>Order {number} changed — {total}, promised at {time}.</source>
        <translation>Commande {number} modifiée — {total}, promise pour {time}.</translation>
    </message>
    <message>
        <source>Order {number} placed — {total}, promised at {time}.</source>
        <translation>Commande {number} enregistrée — {total}, promise pour {time}.</translation>
    </message>
    <message>
        <source>Paid {amount}.</source>
        <translation>Payé {amount}.</translation>
    </message>
    <message>
        <source>Give back {amount}.</source>
        <translation>Rendre {amount}.</translation>
    </message>
    <message>
        <source>Changed on another PC</source>
        <translation>Modifiée sur un autre poste</translation>
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
        <source>The connection dropped: checking whether the payment was recorded…</source>
        <translation>La connexion a été perdue : vérification de l&apos;enregistrement du paiement…</translation>
    </message>
    <message>
        <source>The payment was not recorded: press OK to record it.</source>
        <translation>Le paiement n&apos;a pas été enregistré : appuyez sur OK pour l&apos;enregistrer.</translation>
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
    <name>PinDialog</name>
    <message>
        <source>Not located yet.</source>
        <translation>Pas encore localisée.</translation>
    </message>
    <message>
        <source>Approximate: the centre of its postcode. Place it on the map.</source>
        <translation>Approximative : le centre de son code postal. Placez-la sur la carte.</translation>
    </message>
    <message>
        <source>Placed on the map by {who} on {when}.</source>
        <translation>Placée sur la carte par {who} le {when}.</translation>
    </message>
    <message>
        <source>Located by Google.</source>
        <translation>Localisée par Google.</translation>
    </message>
    <message>
        <source>Located by the IGN (Base Adresse Nationale).</source>
        <translation>Localisée par l&apos;IGN (Base Adresse Nationale).</translation>
    </message>
    <message>
        <source>Place the address on the map</source>
        <translation>Placer l&apos;adresse sur la carte</translation>
    </message>
    <message>
        <source>Click the map where the door is (drag to move, wheel to zoom).</source>
        <translation>Cliquez sur la carte à l&apos;endroit de la porte (glisser pour déplacer, molette pour zoomer).</translation>
    </message>
    <message>
        <source>&amp;Find the address</source>
        <translation>&amp;Chercher l&apos;adresse</translation>
    </message>
    <message>
        <source>New place: not saved yet.</source>
        <translation>Nouvel emplacement : pas encore enregistré.</translation>
    </message>
    <message>
        <source>New place, near {address}: not saved yet.</source>
        <translation>Nouvel emplacement, près du {address} : pas encore enregistré.</translation>
    </message>
    <message>
        <source>Several places answer this address: choose one, or click the map.</source>
        <translation>Plusieurs lieux répondent à cette adresse : choisissez-en un, ou cliquez sur la carte.</translation>
    </message>
    <message>
        <source>No geocoder found this address: click the map.</source>
        <translation>Aucun géocodeur ne trouve cette adresse : cliquez sur la carte.</translation>
    </message>
    <message>
        <source>Chosen: {address} (not saved yet).</source>
        <translation>Choisie : {address} (pas encore enregistrée).</translation>
    </message>
    <message>
        <source>Map…</source>
        <translation>Plan…</translation>
    </message>
    <message>
        <source>Place this address on the map</source>
        <translation>Placer cette adresse sur la carte</translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message>
        <source>{store}: {minutes} min{estimate}, everything is available.</source>
        <translation>{store} : {minutes} min{estimate}, tout est disponible.</translation>
    </message>
    <message>
        <source>{store}: {minutes} min{estimate} but {reasons}.</source>
        <translation>{store} : {minutes} min{estimate} mais {reasons}.</translation>
    </message>
    <message>
        <source>{store}: no route found.</source>
        <translation>{store} : aucun itinéraire trouvé.</translation>
    </message>
    <message>
        <source> (estimate)</source>
        <translation> (estimation)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>the address is outside its delivery area</source>
        <translation>l&apos;adresse est hors de sa zone de livraison</translation>
    </message>
    <message>
        <source>short of {items}</source>
        <translation>il manque {items}</translation>
    </message>
    <message>
        <source>{name} (off the menu)</source>
        <translation>{name} (retiré de la carte)</translation>
    </message>
    <message>
        <source>No store can make everything and deliver to this address.</source>
        <translation>Aucun restaurant ne peut tout faire et livrer cette adresse.</translation>
    </message>
    <message>
        <source>Address not located yet: no recommendation.</source>
        <translation>Adresse pas encore localisée : pas de recommandation.</translation>
    </message>
    <message>
        <source>No store takes deliveries.</source>
        <translation>Aucun restaurant ouvert à la livraison.</translation>
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
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Credit note No. {number} of order No. {order} sent to the printer.</source>
        <translation>Avoir n° {number} de la commande n° {order} envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>No printer: credit note No. {number} of order No. {order} saved as {path}</source>
        <translation>Pas d’imprimante : avoir n° {number} de la commande n° {order} enregistré dans {path}</translation>
    </message>
    <message>
        <source>Closure of {period} sent to the printer.</source>
        <translation>Clôture du {period} envoyée à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>No printer: closure of {period} saved as {path}</source>
        <translation>Pas d&apos;imprimante : clôture du {period} enregistrée dans {path}</translation>
    </message>
    <message>
        <source>Allergen sheet sent to the printer.</source>
        <translation>Fiche allergènes envoyée à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>No printer: allergen sheet saved as {path}</source>
        <translation>Pas d&apos;imprimante : fiche allergènes enregistrée sous {path}</translation>
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
        <source>≈ APPROXIMATE: located by its postcode only, call the customer</source>
        <translation>≈ APPROXIMATIF : adresse localisée par son code postal, appeler le client</translation>
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
        <source>Refund (credit note No. {number})</source>
        <translation>Remboursement (avoir n° {number})</translation>
    </message>
    <message>
        <source>Order No. {number} of {day}</source>
        <translation>Commande n° {number} du {day}</translation>
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
        <source>Ticket No. {number}</source>
        <translation>Ticket n° {number}</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Discount: {reason}</source>
        <translation>Remise : {reason}</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
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
        <source>Credit note {number}</source>
        <translation>Avoir {number}</translation>
    </message>
    <message>
        <source>CREDIT NOTE No. {number}</source>
        <translation>AVOIR N° {number}</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Commande annulée</translation>
    </message>
    <message>
        <source>Reason: {text}</source>
        <translation>Motif : {text}</translation>
    </message>
    <message>
        <source>REFUNDED incl. VAT</source>
        <translation>REMBOURSÉ TTC</translation>
    </message>
    <message>
        <source>Bank reference {reference}</source>
        <translation>Référence bancaire {reference}</translation>
    </message>
    <message>
        <source>Refunded by</source>
        <translation>Remboursé par</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Validé par</translation>
    </message>
    <message>
        <source>Z TICKET</source>
        <translation>TICKET Z</translation>
    </message>
    <message>
        <source>Business day {day}</source>
        <translation>Journée du {day}</translation>
    </message>
    <message>
        <source>MONTHLY CLOSURE</source>
        <translation>CLÔTURE MENSUELLE</translation>
    </message>
    <message>
        <source>Month {month}</source>
        <translation>Mois {month}</translation>
    </message>
    <message>
        <source>YEARLY CLOSURE</source>
        <translation>CLÔTURE ANNUELLE</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>Année {year}</translation>
    </message>
    <message>
        <source>Closure {period}</source>
        <translation>Clôture {period}</translation>
    </message>
    <message>
        <source>Allergens of the menu</source>
        <translation>Allergènes de la carte</translation>
    </message>
    <message>
        <source>The 14 allergens of EU regulation 1169/2011, annex II</source>
        <translation>Les 14 allergènes du règlement UE 1169/2011, annexe II</translation>
    </message>
    <message>
        <source>Not recorded for {ingredients}: ask us</source>
        <translation>Non renseigné pour {ingredients} : demandez-nous</translation>
    </message>
    <message>
        <source>None of the 14 allergens</source>
        <translation>Aucun des 14 allergènes</translation>
    </message>
    <message>
        <source>Customisations change a dish&apos;s allergens: ask the counter for your pizza as you order it.</source>
        <translation>Les personnalisations changent les allergènes d&apos;un plat : demandez au comptoir pour votre pizza telle que vous la commandez.</translation>
    </message>
    <message>
        <source>DUPLICATE</source>
        <translation>DUPLICATA</translation>
    </message>
    <message>
        <source>Closed {when} by {who}</source>
        <translation>Clôturé le {when} par {who}</translation>
    </message>
    <message>
        <source>Gross sales</source>
        <translation>Ventes brutes</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>SALES incl. VAT</source>
        <translation>VENTES TTC</translation>
    </message>
    <message>
        <source>Closures cumulated: {count}</source>
        <translation>Clôtures cumulées : {count}</translation>
    </message>
    <message>
        <source>Grand total before</source>
        <translation>Grand total précédent</translation>
    </message>
    <message>
        <source>PERPETUAL GRAND TOTAL</source>
        <translation>GRAND TOTAL PERPÉTUEL</translation>
    </message>
    <message>
        <source>Tickets No. {first} to {last}</source>
        <translation>Tickets n° {first} à {last}</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Modifications</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>Annulations</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Takings</source>
        <translation>Encaissements</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cash takings</source>
        <translation>Espèces encaissées</translation>
    </message>
    <message>
        <source>Still with the drivers</source>
        <translation>Encore chez les livreurs</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>Attendu en caisse</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>DIFFERENCE</source>
        <translation>ÉCART</translation>
    </message>
    <message>
        <source>Drawer counted</source>
        <translation>Comptage du tiroir</translation>
    </message>
    <message>
        <source>Orders carried over to the next day: {orders}</source>
        <translation>Commandes reportées sur la journée suivante : {orders}</translation>
    </message>
    <message>
        <source>Journal entry No. {sequence}</source>
        <translation>Écriture n° {sequence} du journal</translation>
    </message>
    <message>
        <source>Fingerprint {fingerprint}</source>
        <translation>Empreinte {fingerprint}</translation>
    </message>
    <message>
        <source>Signed, key {key}</source>
        <translation>Signée, clé {key}</translation>
    </message>
    <message>
        <source>NOT SIGNED (no signing key on the PC that closed it)</source>
        <translation>NON SIGNÉE (pas de clé de signature sur le poste qui l’a faite)</translation>
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
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
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
        <source>Recipe card</source>
        <translation>Fiche recette</translation>
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
    <name>RefundDialog</name>
    <message>
        <source>Above {limit}, a manager approves with their username and password.</source>
        <translation>Au-delà de {limit}, un responsable valide avec son identifiant et son mot de passe.</translation>
    </message>
    <message>
        <source>Give the reason for the refund.</source>
        <translation>Indiquez la raison du remboursement.</translation>
    </message>
    <message>
        <source>Type the bank&apos;s reference of the refund.</source>
        <translation>Saisissez la référence bancaire du remboursement.</translation>
    </message>
    <message>
        <source>A manager must approve this refund.</source>
        <translation>Un responsable doit valider ce remboursement.</translation>
    </message>
    <message>
        <source>Give money back</source>
        <translation>Rendre de l&apos;argent</translation>
    </message>
    <message>
        <source>To give back</source>
        <translation>À rendre</translation>
    </message>
    <message>
        <source>Amount to give back</source>
        <translation>Montant à rendre</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <source>How the money is given back</source>
        <translation>Comment l&apos;argent est rendu</translation>
    </message>
    <message>
        <source>Bank &amp;reference</source>
        <translation>&amp;Référence bancaire</translation>
    </message>
    <message>
        <source>The card terminal&apos;s refund reference</source>
        <translation>La référence du remboursement sur le terminal de paiement</translation>
    </message>
    <message>
        <source>Bank reference of the refund</source>
        <translation>Référence bancaire du remboursement</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>R&amp;aison</translation>
    </message>
    <message>
        <source>Reason for the refund</source>
        <translation>Raison du remboursement</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>Respo&amp;nsable</translation>
    </message>
    <message>
        <source>username</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>Approving manager&apos;s username</source>
        <translation>Identifiant du responsable qui valide</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>Approving manager&apos;s password</source>
        <translation>Mot de passe du responsable qui valide</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>OC Pizza report</source>
        <translation>Rapport OC Pizza</translation>
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
    <message>
        <source>Stores</source>
        <translation>Magasins</translation>
    </message>
    <message>
        <source>Grouped by</source>
        <translation>Regroupement</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>All the chosen stores</source>
        <translation>Tous les magasins choisis</translation>
    </message>
    <message>
        <source>Summary by store</source>
        <translation>Synthèse par magasin</translation>
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
        <source>Formulas</source>
        <translation>Formules</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Takings</source>
        <translation>Encaissements</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
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
        <source>Discounts</source>
        <translation>Réductions</translation>
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
        <source>Preparation 90th percentile</source>
        <translation>Préparation 90e centile</translation>
    </message>
    <message>
        <source>Delivery median</source>
        <translation>Livraison médiane</translation>
    </message>
    <message>
        <source>Delivery 90th percentile</source>
        <translation>Livraison 90e centile</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Late rate</source>
        <translation>Taux de retard</translation>
    </message>
    <message>
        <source>Lateness median</source>
        <translation>Retard médian</translation>
    </message>
    <message>
        <source>Lateness 90th percentile</source>
        <translation>Retard 90e centile</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Encaissé</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Net takings</source>
        <translation>Encaissement net</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Period (start)</source>
        <translation>Période (début)</translation>
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
        <source>Channel</source>
        <translation>Canal</translation>
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
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Counter</source>
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
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>pieces</source>
        <translation>pièces</translation>
    </message>
    <message>
        <source>medians and 90th percentiles within ± {half} s (histograms of {bucket} s bins)</source>
        <translation>médianes et 90e centiles à ± {half} s près (histogrammes par tranches de {bucket} s)</translation>
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
        <source>{title} · page {number} of {count}</source>
        <translation>{title} · page {number} sur {count}</translation>
    </message>
    <message>
        <source>OC Pizza report from {first} to {last}</source>
        <translation>Rapport OC Pizza du {first} au {last}</translation>
    </message>
    <message>
        <source>Generated on {when}</source>
        <translation>Généré le {when}</translation>
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
        <source>Export &amp;CSV</source>
        <translation>Export &amp;CSV</translation>
    </message>
    <message>
        <source>Export E&amp;xcel</source>
        <translation>Export E&amp;xcel</translation>
    </message>
    <message>
        <source>Export &amp;PDF</source>
        <translation>Export &amp;PDF</translation>
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
        <translation>Pizzerias</translation>
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
        <translation>Toutes les pizzerias</translation>
    </message>
    <message>
        <source>{count} stores</source>
        <translation>{count} pizzerias</translation>
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
        <source>Reading the takings…</source>
        <translation>Lecture des encaissements…</translation>
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
        <source>Reading the daily summaries…</source>
        <translation>Lecture des résumés quotidiens…</translation>
    </message>
    <message>
        <source>Reading the days not summarised yet…</source>
        <translation>Lecture des jours pas encore résumés…</translation>
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
        <translation>Choisissez une période et les pizzerias, puis cliquez sur Lancer.</translation>
    </message>
    <message>
        <source>No order and no stock movement in this period for these stores.</source>
        <translation>Aucune commande ni mouvement de stock sur cette période pour ces pizzerias.</translation>
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
        <source>times (medians, 90th percentiles) within ± {half} s: histograms of {bucket} s bins</source>
        <translation>temps (médianes, 90e centiles) à ± {half} s près : histogrammes par tranches de {bucket} s</translation>
    </message>
    <message>
        <source>All together</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Réductions</translation>
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
        <source>Payments received</source>
        <translation>Encaissé</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Net takings</source>
        <translation>Encaissement net</translation>
    </message>
    <message>
        <source>Takings by payment method</source>
        <translation>Encaissements par moyen de paiement</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Formula: {name} (its choices are counted above)</source>
        <translation>Formule : {name} (ses choix sont comptés ci-dessus)</translation>
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
        <source>You will be signed in as soon as the database is ready…</source>
        <translation>Vous serez connecté dès que la base de données sera prête…</translation>
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
    <name>SizesEditor</name>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Dose %</source>
        <translation>Dose %</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Empty: one size at the price above. Dose %: how much of the recipe a size takes (100 = as written).</source>
        <translation>Vide : une seule taille, au prix ci-dessus. Dose % : la part de la recette que prend une taille (100 = telle qu&apos;écrite).</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Tailles</translation>
    </message>
    <message>
        <source>Add a size</source>
        <translation>Ajouter une taille</translation>
    </message>
    <message>
        <source>Remove the size</source>
        <translation>Retirer la taille</translation>
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
        <translation>Choisissez le premier mot de passe ci-dessous, puis Enregistrer.</translation>
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
        <translation>Seuil</translation>
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
        <source>No ingredient matches “{text}”.</source>
        <translation>Aucun ingrédient ne correspond à « {text} ».</translation>
    </message>
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
    <message>
        <source>What will change</source>
        <translation>Ce qui va changer</translation>
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
        <source>Till rules…</source>
        <translation>Règles de caisse…</translation>
    </message>
    <message>
        <source>The managers&apos; discount limit and the refund above which a manager approves</source>
        <translation>La remise maximale des responsables et le remboursement au-delà duquel un responsable valide</translation>
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
        <source>Last orders &amp;before closing</source>
        <translation>Dernière &amp;prise</translation>
    </message>
    <message>
        <source>Orders are taken until this many minutes before each closing time</source>
        <translation>Les commandes sont prises jusqu&apos;à ce nombre de minutes avant chaque fermeture</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min avant la fermeture</translation>
    </message>
    <message>
        <source>E&amp;xceptional closures</source>
        <translation>E&amp;xceptions</translation>
    </message>
    <message>
        <source>One closed day per line: the date, then the reason (holidays, works)</source>
        <translation>Fermetures exceptionnelles : un jour fermé par ligne, la date puis le motif (jour férié, travaux)</translation>
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
        <source>Till rules</source>
        <translation>Règles de caisse</translation>
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
        <source>Slots such as &quot;11:30-14:30, 18:00-24:00&quot;; empty: closed.</source>
        <translation>Plages comme « 11:30-14:30, 18:00-24:00 » ; vide : fermé.</translation>
    </message>
    <message>
        <source>25/12/2026 Christmas</source>
        <translation>25/12/2026 Noël</translation>
    </message>
</context>
<context>
    <name>SubmittingDialog</name>
    <message>
        <source>The connection dropped: it may or may not have been saved. Press OK again once the connection is back: it will not be recorded twice.</source>
        <translation>La connexion a été perdue : l&apos;opération a peut-être été enregistrée. Appuyez à nouveau sur OK quand la connexion revient : elle ne sera pas enregistrée deux fois.</translation>
    </message>
</context>
<context>
    <name>Tender</name>
    <message>
        <source>cash</source>
        <translation>espèces</translation>
    </message>
    <message>
        <source>card</source>
        <translation>carte</translation>
    </message>
    <message>
        <source>meal vouchers</source>
        <translation>titres-restaurant</translation>
    </message>
    <message>
        <source>online payment</source>
        <translation>paiement en ligne</translation>
    </message>
</context>
<context>
    <name>TillRulesDialog</name>
    <message>
        <source>the price of the dearer half</source>
        <translation>le prix de la moitié la plus chère</translation>
    </message>
    <message>
        <source>the average of the two halves (rounded up to the cent)</source>
        <translation>la moyenne des deux moitiés (arrondie au centime supérieur)</translation>
    </message>
    <message>
        <source>Half-and-half price</source>
        <translation>Prix d&apos;une moitié-moitié</translation>
    </message>
    <message>
        <source>&amp;Half-and-half price:</source>
        <translation>Prix d&apos;une &amp;moitié-moitié :</translation>
    </message>
    <message>
        <source>Counter staff may give up to {counter} of an order&apos;s amount; above that, and for refunds above the threshold, a manager decides.</source>
        <translation>L&apos;accueil peut accorder jusqu&apos;à {counter} du montant d&apos;une commande ; au-delà, et pour les remboursements au-dessus du seuil, un responsable décide.</translation>
    </message>
    <message>
        <source>Type a percentage, for example 30 %.</source>
        <translation>Saisissez un pourcentage, par exemple 30 %.</translation>
    </message>
    <message>
        <source>Type an amount in euros, for example 20.</source>
        <translation>Saisissez un montant en euros, par exemple 20.</translation>
    </message>
    <message>
        <source>Managers&apos; discounts up to {limit}; refunds above {amount} approved; a half-and-half costs {half}.</source>
        <translation>Remises des responsables jusqu&apos;à {limit} ; remboursements au-delà de {amount} approuvés ; une moitié-moitié coûte {half}.</translation>
    </message>
    <message>
        <source>Till rules</source>
        <translation>Règles de caisse</translation>
    </message>
    <message>
        <source>&amp;Managers&apos; discounts up to (%)</source>
        <translation>Remise maximale d&apos;un &amp;responsable (%)</translation>
    </message>
    <message>
        <source>Managers&apos; discount limit in percent</source>
        <translation>Remise maximale d&apos;un responsable, en pourcentage</translation>
    </message>
    <message>
        <source>A manager approves refunds &amp;above (€)</source>
        <translation>Un responsable valide les remboursements &amp;au-delà de (€)</translation>
    </message>
    <message>
        <source>Refund approval threshold in euros</source>
        <translation>Seuil de validation des remboursements, en euros</translation>
    </message>
</context>
<context>
    <name>UndoOffer</name>
    <message>
        <source>Undo the last tap (Ctrl+Z)</source>
        <translation>Annuler le dernier geste (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>UndoStepDialog</name>
    <message>
        <source>Undo the last step</source>
        <translation>Annuler la dernière étape</translation>
    </message>
    <message>
        <source>Order {number} goes back from “{status}” to “{back}”.</source>
        <translation>La commande {number} repasse de « {status} » à « {back} ».</translation>
    </message>
    <message>
        <source>Its whole trip comes back to the store, ready to leave again.</source>
        <translation>Toute sa tournée revient au magasin, prête à repartir.</translation>
    </message>
    <message>
        <source>Its trip is on the road again.</source>
        <translation>Sa tournée est de nouveau en route.</translation>
    </message>
    <message>
        <source>The reason is kept in the order&apos;s history.</source>
        <translation>La raison est gardée dans l&apos;historique de la commande.</translation>
    </message>
    <message>
        <source>Give the reason for the correction.</source>
        <translation>Indiquez la raison de la correction.</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>pieces</source>
        <translation>pièces</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>pièce</translation>
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
        <source>Quantity missing: type what was thrown away ({hint}).</source>
        <translation>Quantité manquante : saisissez ce qui a été jeté ({hint}).</translation>
    </message>
    <message>
        <source>“{text}” is not a quantity for {name} ({hint}).</source>
        <translation>« {text} » n&apos;est pas une quantité pour {name} ({hint}).</translation>
    </message>
    <message>
        <source>Invalid quantity: what was thrown away, more than zero ({hint}).</source>
        <translation>Quantité invalide : ce qui a été jeté, plus que zéro ({hint}).</translation>
    </message>
</context>
</TS>
