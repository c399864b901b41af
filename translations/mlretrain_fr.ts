<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AmlCredentialsPanel</name>
    <message>
        <source>Azure Machine Learning workspace</source>
        <translation>Espace de travail Azure Machine Learning</translation>
    </message>
    <message>
        <source>Azure sign-in</source>
        <translation>Connexion à Azure</translation>
    </message>
    <message>
        <source>&amp;Tenant ID:</source>
        <translation>ID de loca&amp;taire&#x202f;:</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>ID de locataire</translation>
    </message>
    <message>
        <source>The directory (tenant) of the application: a GUID or a domain</source>
        <translation>Le répertoire (locataire) de l’application&#x202f;: un GUID ou un domaine</translation>
    </message>
    <message>
        <source>e.g. contoso.onmicrosoft.com</source>
        <translation>p. ex. contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <source>&amp;Application (client) ID:</source>
        <translation>ID d’&amp;application (client)&#x202f;:</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>ID d’application (client)</translation>
    </message>
    <message>
        <source>The application that signs in: a GUID</source>
        <translation>L’application qui se connecte&#x202f;: un GUID</translation>
    </message>
    <message>
        <source>00000000-0000-0000-0000-000000000000</source>
        <translation>00000000-0000-0000-0000-000000000000</translation>
    </message>
    <message>
        <source>Client se&amp;cret</source>
        <translation>Se&amp;cret client</translation>
    </message>
    <message>
        <source>Sign in with a client secret</source>
        <translation>Se connecter avec un secret client</translation>
    </message>
    <message>
        <source>Sign in as the application (service principal) with its client secret</source>
        <translation>Se connecter en tant qu’application (principal de service) avec son secret client</translation>
    </message>
    <message>
        <source>&amp;Device code in a browser</source>
        <translation>Co&amp;de d’appareil dans un navigateur</translation>
    </message>
    <message>
        <source>Sign in with a device code</source>
        <translation>Se connecter avec un code d’appareil</translation>
    </message>
    <message>
        <source>Sign in with your own account: enter a code in a browser</source>
        <translation>Se connecter avec votre propre compte&#x202f;: saisir un code dans un navigateur</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secret client&#x202f;:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>The application&apos;s client secret; kept in the keychain</source>
        <translation>Le secret client de l’application&#x202f;; conservé dans le trousseau</translation>
    </message>
    <message>
        <source>Si&amp;gn in</source>
        <translation>Se connecter (&amp;g)</translation>
    </message>
    <message>
        <source>Sign in to Azure</source>
        <translation>Se connecter à Azure</translation>
    </message>
    <message>
        <source>Sign in with the chosen method</source>
        <translation>Se connecter avec la méthode choisie</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Stop waiting for the sign-in</source>
        <translation>Cesser d’attendre la connexion</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>Code d’appareil</translation>
    </message>
    <message>
        <source>Workspace and endpoint</source>
        <translation>Espace de travail et point de terminaison</translation>
    </message>
    <message>
        <source>S&amp;ubscription:</source>
        <translation>A&amp;bonnement&#x202f;:</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>The Azure subscription of the workspace</source>
        <translation>L’abonnement Azure de l’espace de travail</translation>
    </message>
    <message>
        <source>Wor&amp;kspace:</source>
        <translation>Espace de tra&amp;vail&#x202f;:</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>The Azure Machine Learning workspace, with its resource group</source>
        <translation>L’espace de travail Azure Machine Learning, avec son groupe de ressources</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>P&amp;oint de terminaison&#x202f;:</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>The managed online endpoint that serves the model in production</source>
        <translation>Le point de terminaison en ligne managé qui sert le modèle en production</translation>
    </message>
    <message>
        <source>Refres&amp;h lists</source>
        <translation>Actualiser &amp;les listes</translation>
    </message>
    <message>
        <source>Refresh the lists</source>
        <translation>Actualiser les listes</translation>
    </message>
    <message>
        <source>List the subscriptions, workspaces and endpoints again</source>
        <translation>Lister de nouveau les abonnements, les espaces de travail et les points de terminaison</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Login URL:</source>
        <translation>URL de connexion&#x202f;:</translation>
    </message>
    <message>
        <source>Login URL</source>
        <translation>URL de connexion</translation>
    </message>
    <message>
        <source>The Microsoft Entra authority host; empty for login.microsoftonline.com</source>
        <translation>L’hôte d’autorité Microsoft Entra&#x202f;; vide pour login.microsoftonline.com</translation>
    </message>
    <message>
        <source>https://login.microsoftonline.com</source>
        <translation>https://login.microsoftonline.com</translation>
    </message>
    <message>
        <source>Resource &amp;Manager URL:</source>
        <translation>URL de Resource &amp;Manager&#x202f;:</translation>
    </message>
    <message>
        <source>Resource Manager URL</source>
        <translation>URL de Resource Manager</translation>
    </message>
    <message>
        <source>Azure Resource Manager; empty for management.azure.com</source>
        <translation>Azure Resource Manager&#x202f;; vide pour management.azure.com</translation>
    </message>
    <message>
        <source>https://management.azure.com</source>
        <translation>https://management.azure.com</translation>
    </message>
    <message>
        <source>CA certificate file:</source>
        <translation>Fichier de certificats d’AC&#x202f;:</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Fichier de certificats d’AC</translation>
    </message>
    <message>
        <source>A PEM file of certificate authorities trusted on top of the system&apos;s, e.g. the local sandbox&apos;s ca.pem; certificate checks stay on</source>
        <translation>Un fichier PEM d’autorités de certification approuvées en plus de celles du système, p. ex. le ca.pem du bac à sable local&#x202f;; les vérifications de certificat restent actives</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Choisir le fichier de certificats d’AC</translation>
    </message>
    <message>
        <source>Choose a PEM file of certificate authorities</source>
        <translation>Choisir un fichier PEM d’autorités de certification</translation>
    </message>
</context>
<context>
    <name>AmlSubmitPage</name>
    <message>
        <source>Model in production</source>
        <translation>Modèle en production</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Point de terminaison&#x202f;:</translation>
    </message>
    <message>
        <source>Online endpoint</source>
        <translation>Point de terminaison en ligne</translation>
    </message>
    <message>
        <source>Deployment:</source>
        <translation>Déploiement&#x202f;:</translation>
    </message>
    <message>
        <source>Deployment in production and its traffic</source>
        <translation>Déploiement en production et son trafic</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle&#x202f;:</translation>
    </message>
    <message>
        <source>Model name and version in production</source>
        <translation>Nom et version du modèle en production</translation>
    </message>
    <message>
        <source>Trained by:</source>
        <translation>Entraîné par&#x202f;:</translation>
    </message>
    <message>
        <source>The job that trained the model</source>
        <translation>Le travail qui a entraîné le modèle</translation>
    </message>
    <message>
        <source>Choose a job definition file</source>
        <translation>Choisir un fichier de définition de travail</translation>
    </message>
    <message>
        <source>The model names no training job: choose the JSON of the job to re-run on the new data</source>
        <translation>Le modèle ne nomme aucun travail d’entraînement&#x202f;: choisissez le JSON du travail à relancer sur les nouvelles données</translation>
    </message>
    <message>
        <source>The JSON of GET jobs/{name}, or its &quot;properties&quot;</source>
        <translation>Le JSON de GET jobs/{name}, ou son membre &quot;properties&quot;</translation>
    </message>
    <message>
        <source>Choose a &amp;job definition…</source>
        <translation>Choisir une &amp;définition de travail…</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Données d’entraînement</translation>
    </message>
    <message>
        <source>CSV fi&amp;le:</source>
        <translation>&amp;Fichier CSV&#x202f;:</translation>
    </message>
    <message>
        <source>Training data file</source>
        <translation>Fichier de données d’entraînement</translation>
    </message>
    <message>
        <source>Choose a CSV file or drop one here</source>
        <translation>Choisissez un fichier CSV ou déposez-le ici</translation>
    </message>
    <message>
        <source>Open a file dialog to choose the CSV file to train on</source>
        <translation>Ouvrir une boîte de dialogue pour choisir le fichier CSV sur lequel entraîner</translation>
    </message>
    <message>
        <source>Choose the training data file</source>
        <translation>Choisir le fichier de données d’entraînement</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Data check result</source>
        <translation>Résultat de la vérification des données</translation>
    </message>
    <message>
        <source>Each problem found in the data, with its line and column; empty when the file is ready</source>
        <translation>Chaque problème trouvé dans les données, avec sa ligne et sa colonne&#x202f;; vide quand le fichier est prêt</translation>
    </message>
    <message>
        <source>Problems found in the data</source>
        <translation>Problèmes trouvés dans les données</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Upload the checked file to the datastore and submit a re-run of the production model&apos;s job on it, then follow it</source>
        <translation>Téléverser le fichier vérifié dans le magasin de données et y soumettre une relance du travail du modèle en production, puis la suivre</translation>
    </message>
    <message>
        <source>Upload the data and submit the retraining job</source>
        <translation>Téléverser les données et soumettre le travail de réentraînement</translation>
    </message>
    <message>
        <source>&amp;Upload and submit</source>
        <translation>Télé&amp;verser et soumettre</translation>
    </message>
    <message>
        <source>Stop the upload, or ask the workspace to cancel the running job</source>
        <translation>Arrêter le téléversement, ou demander à l’espace de travail d’annuler le travail en cours</translation>
    </message>
    <message>
        <source>Cancel the upload or the job</source>
        <translation>Annuler le téléversement ou le travail</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Elapsed time of the job</source>
        <translation>Durée écoulée du travail</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Progression du téléversement</translation>
    </message>
    <message>
        <source>Upload speed and time left</source>
        <translation>Vitesse de téléversement et temps restant</translation>
    </message>
    <message>
        <source>Job timeline</source>
        <translation>Chronologie du travail</translation>
    </message>
    <message>
        <source>Each line is a step of the job with the time it happened.</source>
        <translation>Chaque ligne est une étape du travail avec l’heure à laquelle elle a eu lieu.</translation>
    </message>
</context>
<context>
    <name>ArmTarget</name>
    <message>
        <source>The Azure Resource Manager URL is not valid.</source>
        <translation>L’URL d’Azure Resource Manager n’est pas valide.</translation>
    </message>
    <message>
        <source>The Azure Resource Manager URL %1 is not https: the sign-in token is only sent over https (or to this computer).</source>
        <translation>L’URL d’Azure Resource Manager %1 n’est pas en https&#xa0;: le jeton de connexion n’est envoyé qu’en https (ou à cet ordinateur).</translation>
    </message>
    <message>
        <source>No subscription id is set.</source>
        <translation>Aucun identifiant d’abonnement n’est défini.</translation>
    </message>
    <message>
        <source>The subscription id &quot;%1&quot; is not valid.</source>
        <translation>L’identifiant d’abonnement «&#xa0;%1&#xa0;» n’est pas valide.</translation>
    </message>
    <message>
        <source>No resource group is set.</source>
        <translation>Aucun groupe de ressources n’est défini.</translation>
    </message>
    <message>
        <source>The resource group &quot;%1&quot; is not valid.</source>
        <translation>Le groupe de ressources «&#xa0;%1&#xa0;» n’est pas valide.</translation>
    </message>
    <message>
        <source>the web service keys answer has no keys</source>
        <translation>la réponse des clés du service web ne contient aucune clé</translation>
    </message>
    <message>
        <source>the list of web services is not a {&quot;value&quot;: [...]} document</source>
        <translation>la liste des services web n’est pas un document {&quot;value&quot;: [...]}</translation>
    </message>
    <message>
        <source>the operation status has no &quot;status&quot;</source>
        <translation>l’état de l’opération n’a pas de champ &quot;status&quot;</translation>
    </message>
</context>
<context>
    <name>BesEndpoint</name>
    <message>
        <source>The batch (BES) URL &apos;%1&apos; is not an http(s) URL.</source>
        <translation>L’URL de traitement par lots (BES) «&#xa0;%1&#xa0;» n’est pas une URL http(s).</translation>
    </message>
    <message>
        <source>The batch (BES) URL &apos;%1&apos; does not name a web service: expected .../subscriptions/{id}/services/{id} or .../workspaces/{id}/services/{id}.</source>
        <translation>L’URL de traitement par lots (BES) «&#xa0;%1&#xa0;» ne désigne pas un service web&#xa0;: attendu .../subscriptions/{id}/services/{id} ou .../workspaces/{id}/services/{id}.</translation>
    </message>
    <message>
        <source>The batch (BES) URL &apos;%1&apos; has an unexpected part after the service id (&apos;%2&apos;).</source>
        <translation>L’URL de traitement par lots (BES) «&#xa0;%1&#xa0;» a une partie inattendue après l’identifiant du service («&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>The API key of the retraining web service is not set.</source>
        <translation>La clé d’API du service web de réentraînement n’est pas définie.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to %1: use an https URL.</source>
        <translation>La clé d’API serait envoyée en clair à %1&#xa0;: utilisez une URL https.</translation>
    </message>
    <message>
        <source>the service answered the job submission without a job id (%1).</source>
        <translation>le service a répondu à la soumission du travail sans identifiant de travail (%1).</translation>
    </message>
    <message>
        <source>the job status is not a JSON object (%1).</source>
        <translation>l’état du travail n’est pas un objet JSON (%1).</translation>
    </message>
</context>
<context>
    <name>BlobReference</name>
    <message>
        <source>A connection-string blob reference needs the storage account key, and only a SAS is known for account &apos;%1&apos;.</source>
        <translation>Une référence de blob par chaîne de connexion nécessite la clé du compte de stockage, et seule une SAS est connue pour le compte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Storage account &apos;%1&apos; has neither a key nor a SAS, so the job cannot be given access to its blobs.</source>
        <translation>Le compte de stockage «&#xa0;%1&#xa0;» n’a ni clé ni SAS&#xa0;: le travail ne peut donc pas accéder à ses blobs.</translation>
    </message>
</context>
<context>
    <name>ClassicEndpoint</name>
    <message>
        <source>&apos;%1&apos; is not a classic web service endpoint URL (…/workspaces/{workspace}/webservices/{service}/endpoints/{endpoint}).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URL de point de terminaison de service web classique (…/workspaces/{workspace}/webservices/{service}/endpoints/{endpoint}).</translation>
    </message>
    <message>
        <source>The endpoint URL %1 is not https: the API key is only sent over https (or to this computer).</source>
        <translation>L’URL de point de terminaison %1 n’est pas en https&#xa0;: la clé d’API n’est envoyée qu’en https (ou à cet ordinateur).</translation>
    </message>
    <message>
        <source>No API key is set for the endpoint.</source>
        <translation>Aucune clé d’API n’est définie pour le point de terminaison.</translation>
    </message>
    <message>
        <source>the endpoint description is not a JSON object with Resources</source>
        <translation>la description du point de terminaison n’est pas un objet JSON avec Resources</translation>
    </message>
</context>
<context>
    <name>CredentialsInput</name>
    <message>
        <source>Enter the storage account&apos;s connection string.</source>
        <translation>Saisissez la chaîne de connexion du compte de stockage.</translation>
    </message>
    <message>
        <source>Enter the storage account name.</source>
        <translation>Saisissez le nom du compte de stockage.</translation>
    </message>
    <message>
        <source>Enter the storage account key.</source>
        <translation>Saisissez la clé du compte de stockage.</translation>
    </message>
    <message>
        <source>The profile “%1” has no storage account yet: enter one on the Credentials step.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n’a pas encore de compte de stockage&#xa0;: saisissez-en un à l’étape Identifiants.</translation>
    </message>
    <message>
        <source>The profile “%1” has no storage account key or SAS token: enter one on the Credentials step.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n’a ni clé de compte de stockage ni jeton SAS&#xa0;: saisissez-en un à l’étape Identifiants.</translation>
    </message>
    <message>
        <source>The API key of %1 would be sent over plain HTTP to %2. Use an https:// URL.</source>
        <translation>La clé d’API de %1 serait envoyée en HTTP non chiffré à %2. Utilisez une URL https://.</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Keychain status</source>
        <translation>État du trousseau</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The connection profile: its settings are saved on this computer, its secrets in the keychain</source>
        <translation>Le profil de connexion&#xa0;: ses paramètres sont enregistrés sur cet ordinateur, ses secrets dans le trousseau</translation>
    </message>
    <message>
        <source>Ne&amp;w…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Create a new, empty connection profile</source>
        <translation>Créer un profil de connexion vide</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Renommer le profil</translation>
    </message>
    <message>
        <source>Give the selected profile another name</source>
        <translation>Donner un autre nom au profil sélectionné</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Suppr&amp;imer</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the selected profile and its secrets</source>
        <translation>Supprimer le profil sélectionné et ses secrets</translation>
    </message>
    <message>
        <source>Profile name editor</source>
        <translation>Éditeur du nom de profil</translation>
    </message>
    <message>
        <source>Pr&amp;ofile name:</source>
        <translation>Nom du pro&amp;fil&#xa0;:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>The name of the new or renamed profile</source>
        <translation>Le nom du profil nouveau ou renommé</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>p. ex. Production</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Confirm the profile name</source>
        <translation>Confirmer le nom du profil</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close the profile name editor without changes</source>
        <translation>Fermer l’éditeur du nom de profil sans modification</translation>
    </message>
    <message>
        <source>Profile message</source>
        <translation>Message du profil</translation>
    </message>
    <message>
        <source>Storage account</source>
        <translation>Compte de stockage</translation>
    </message>
    <message>
        <source>&amp;Connection string</source>
        <translation>C&amp;haîne de connexion</translation>
    </message>
    <message>
        <source>Use a connection string</source>
        <translation>Utiliser une chaîne de connexion</translation>
    </message>
    <message>
        <source>Enter the storage account connection string from the Azure portal</source>
        <translation>Saisissez la chaîne de connexion du compte de stockage depuis le portail Azure</translation>
    </message>
    <message>
        <source>Account name and &amp;key</source>
        <translation>Nom du compte et c&amp;lé</translation>
    </message>
    <message>
        <source>Use the account name and key</source>
        <translation>Utiliser le nom du compte et la clé</translation>
    </message>
    <message>
        <source>Enter the account name, blob endpoint and account key separately</source>
        <translation>Saisissez séparément le nom du compte, le point de terminaison blob et la clé du compte</translation>
    </message>
    <message>
        <source>Storage credentials</source>
        <translation>Identifiants de stockage</translation>
    </message>
    <message>
        <source>Connection strin&amp;g:</source>
        <translation>Chaîne de connexi&amp;on&#xa0;:</translation>
    </message>
    <message>
        <source>Storage connection string</source>
        <translation>Chaîne de connexion du stockage</translation>
    </message>
    <message>
        <source>The connection string of the storage account; it contains the account key and is kept in the keychain</source>
        <translation>La chaîne de connexion du compte de stockage&#xa0;; elle contient la clé du compte et est conservée dans le trousseau</translation>
    </message>
    <message>
        <source>DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…</source>
        <translation>DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…</translation>
    </message>
    <message>
        <source>Account na&amp;me:</source>
        <translation>No&amp;m du compte&#xa0;:</translation>
    </message>
    <message>
        <source>Storage account name</source>
        <translation>Nom du compte de stockage</translation>
    </message>
    <message>
        <source>The name of the storage account</source>
        <translation>Le nom du compte de stockage</translation>
    </message>
    <message>
        <source>mystorageaccount</source>
        <translation>moncomptedestockage</translation>
    </message>
    <message>
        <source>Blob &amp;endpoint:</source>
        <translation>Point de terminaison &amp;blob&#xa0;:</translation>
    </message>
    <message>
        <source>Blob endpoint</source>
        <translation>Point de terminaison blob</translation>
    </message>
    <message>
        <source>The blob service URL; leave empty for https://ACCOUNT.blob.core.windows.net</source>
        <translation>L’URL du service blob&#xa0;; laissez vide pour https://ACCOUNT.blob.core.windows.net</translation>
    </message>
    <message>
        <source>https://ACCOUNT.blob.core.windows.net (default)</source>
        <translation>https://ACCOUNT.blob.core.windows.net (par défaut)</translation>
    </message>
    <message>
        <source>Account ke&amp;y:</source>
        <translation>&amp;Clé du compte&#xa0;:</translation>
    </message>
    <message>
        <source>Storage account key</source>
        <translation>Clé du compte de stockage</translation>
    </message>
    <message>
        <source>The access key of the storage account; kept in the keychain</source>
        <translation>La clé d’accès du compte de stockage&#xa0;; conservée dans le trousseau</translation>
    </message>
    <message>
        <source>Storage credentials message</source>
        <translation>Message des identifiants de stockage</translation>
    </message>
    <message>
        <source>Web services</source>
        <translation>Services web</translation>
    </message>
    <message>
        <source>Retraining batch (BES) &amp;URL:</source>
        <translation>&amp;URL de traitement par lots (BES) du réentraînement&#xa0;:</translation>
    </message>
    <message>
        <source>Retraining service batch URL</source>
        <translation>URL de traitement par lots du service de réentraînement</translation>
    </message>
    <message>
        <source>The batch execution (BES) jobs URL of the retraining web service</source>
        <translation>L’URL des travaux de traitement par lots (BES) du service web de réentraînement</translation>
    </message>
    <message>
        <source>https://…/workspaces/…/services/…/jobs</source>
        <translation>https://…/workspaces/…/services/…/jobs</translation>
    </message>
    <message>
        <source>Retraining &amp;API key:</source>
        <translation>Clé d’&amp;API du réentraînement&#xa0;:</translation>
    </message>
    <message>
        <source>Retraining service API key</source>
        <translation>Clé d’API du service de réentraînement</translation>
    </message>
    <message>
        <source>The API key of the retraining web service; kept in the keychain</source>
        <translation>La clé d’API du service web de réentraînement&#xa0;; conservée dans le trousseau</translation>
    </message>
    <message>
        <source>Predictive re&amp;quest URL:</source>
        <translation>URL de re&amp;quête du service prédictif&#xa0;:</translation>
    </message>
    <message>
        <source>Predictive service request URL</source>
        <translation>URL de requête du service prédictif</translation>
    </message>
    <message>
        <source>The request-response (RRS) URL of the predictive web service</source>
        <translation>L’URL requête-réponse (RRS) du service web prédictif</translation>
    </message>
    <message>
        <source>https://…/workspaces/…/services/…/execute</source>
        <translation>https://…/workspaces/…/services/…/execute</translation>
    </message>
    <message>
        <source>Pre&amp;dictive API key:</source>
        <translation>Clé d’API du service pré&amp;dictif&#xa0;:</translation>
    </message>
    <message>
        <source>Predictive service API key</source>
        <translation>Clé d’API du service prédictif</translation>
    </message>
    <message>
        <source>The API key of the predictive web service; kept in the keychain</source>
        <translation>La clé d’API du service web prédictif&#xa0;; conservée dans le trousseau</translation>
    </message>
    <message>
        <source>Web services message</source>
        <translation>Message des services web</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Save the settings of this profile, and its secrets to the keychain</source>
        <translation>Enregistrer les paramètres de ce profil, et ses secrets dans le trousseau</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Connect to the storage account and list its containers</source>
        <translation>Se connecter au compte de stockage et lister ses conteneurs</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Shown while the page waits for the keychain or the storage account</source>
        <translation>Affiché pendant que la page attend le trousseau ou le compte de stockage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Create ser&amp;vices…</source>
        <translation>Créer des ser&amp;vices…</translation>
    </message>
    <message>
        <source>Create services</source>
        <translation>Créer les services</translation>
    </message>
    <message>
        <source>Create a retraining and a predictive web service for your CSV in mlstudio-local, from a template</source>
        <translation>Créer un service web de réentraînement et un service web prédictif pour votre CSV dans mlstudio-local, à partir d’un modèle de départ</translation>
    </message>
    <message>
        <source>mlstudio-local only: create a retraining and a predictive web service for your CSV from a template</source>
        <translation>mlstudio-local uniquement&#xa0;: créer un service web de réentraînement et un service web prédictif pour votre CSV à partir d’un modèle de départ</translation>
    </message>
    <message>
        <source>Create the profile with this name, or rename it</source>
        <translation>Créer le profil avec ce nom, ou le renommer</translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation>Sorte (&amp;i)&#x202f;:</translation>
    </message>
    <message>
        <source>Profile kind</source>
        <translation>Sorte de profil</translation>
    </message>
    <message>
        <source>Which service the new profile is for</source>
        <translation>Le service auquel le nouveau profil est destiné</translation>
    </message>
    <message>
        <source>Azure Machine Learning Studio (classic) web services, or an Azure Machine Learning workspace</source>
        <translation>Services web Azure Machine Learning Studio (classique), ou un espace de travail Azure Machine Learning</translation>
    </message>
</context>
<context>
    <name>DataChecker</name>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>The value is not valid UTF-8 text (byte 0x%1). Save the file as UTF-8.</source>
        <translation>La valeur n’est pas du texte UTF-8 valide (octet 0x%1). Enregistrez le fichier en UTF-8.</translation>
    </message>
    <message>
        <source>Column %1 of the header has no name.</source>
        <translation>La colonne %1 de l’en-tête n’a pas de nom.</translation>
    </message>
    <message>
        <source>The column name &quot;%1&quot; appears more than once in the header (columns %2 and %3).</source>
        <translation>Le nom de colonne «&#xa0;%1&#xa0;» apparaît plusieurs fois dans l’en-tête (colonnes %2 et %3).</translation>
    </message>
    <message>
        <source>The label column &quot;%1&quot; is not in the header.</source>
        <translation>La colonne d’étiquette «&#xa0;%1&#xa0;» n’est pas dans l’en-tête.</translation>
    </message>
    <message>
        <source> The header has &quot;%1&quot;, with spaces around the name.</source>
        <translation> L’en-tête contient «&#xa0;%1&#xa0;», avec des espaces autour du nom.</translation>
    </message>
    <message>
        <source> The header has &quot;%1&quot;: names are case-sensitive.</source>
        <translation> L’en-tête contient «&#xa0;%1&#xa0;»&#xa0;: les noms respectent la casse.</translation>
    </message>
    <message>
        <source>The label column &quot;%1&quot; is missing: the service learns from it, so the training data needs it.%2</source>
        <translation>La colonne d’étiquette «&#xa0;%1&#xa0;» est absente&#xa0;: le service apprend à partir d’elle, les données d’entraînement doivent donc la contenir.%2</translation>
    </message>
    <message>
        <source>The service needs the column &quot;%1&quot;, which is not in the header.%2</source>
        <translation>Le service a besoin de la colonne «&#xa0;%1&#xa0;», qui n’est pas dans l’en-tête.%2</translation>
    </message>
    <message>
        <source>The service does not take the column &quot;%1&quot;; it will be dropped.</source>
        <translation>Le service ne prend pas la colonne «&#xa0;%1&#xa0;»&#xa0;; elle sera ignorée.</translation>
    </message>
    <message>
        <source>The columns are not in the service&apos;s order (%1); the service matches them by name.</source>
        <translation>Les colonnes ne sont pas dans l’ordre du service (%1)&#xa0;; le service les associe par leur nom.</translation>
    </message>
    <message numerus="yes">
        <source>Line %1 has %n value(s), but the header has %2. Quote values that contain commas.</source>
        <translation>
            <numerusform>La ligne %1 a %n valeur, mais l’en-tête en a %2. Mettez entre guillemets les valeurs qui contiennent des virgules.</numerusform>
            <numerusform>La ligne %1 a %n valeurs, mais l’en-tête en a %2. Mettez entre guillemets les valeurs qui contiennent des virgules.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a whole number (column &quot;%2&quot; holds integers).</source>
        <translation>%1 n’est pas un nombre entier (la colonne «&#xa0;%2&#xa0;» contient des entiers).</translation>
    </message>
    <message>
        <source>%1 is not a number (column &quot;%2&quot; holds numbers).</source>
        <translation>%1 n’est pas un nombre (la colonne «&#xa0;%2&#xa0;» contient des nombres).</translation>
    </message>
    <message>
        <source>%1 is not true or false (column &quot;%2&quot; holds booleans).</source>
        <translation>%1 n’est ni true ni false (la colonne «&#xa0;%2&#xa0;» contient des booléens).</translation>
    </message>
    <message>
        <source>%1 is not one of the values column &quot;%2&quot; allows (%3).</source>
        <translation>%1 ne fait pas partie des valeurs autorisées par la colonne «&#xa0;%2&#xa0;» (%3).</translation>
    </message>
    <message>
        <source>The file is UTF-16 text. Save it as UTF-8 (&quot;CSV UTF-8&quot;) and check it again.</source>
        <translation>Le fichier est du texte UTF-16. Enregistrez-le en UTF-8 («&#xa0;CSV UTF-8&#xa0;») et vérifiez-le de nouveau.</translation>
    </message>
    <message>
        <source>Line %1 contains a NUL byte: this is a binary file, not CSV text.</source>
        <translation>La ligne %1 contient un octet NUL&#xa0;: c’est un fichier binaire, pas du texte CSV.</translation>
    </message>
    <message>
        <source>A quoted value that starts on line %1 is never closed (a closing &quot; is missing).</source>
        <translation>Une valeur entre guillemets commençant à la ligne %1 n’est jamais fermée (il manque un &quot; fermant).</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row.</source>
        <translation>Le fichier est vide&#xa0;: il n’y a pas de ligne d’en-tête.</translation>
    </message>
    <message>
        <source>The file has a header but no data rows.</source>
        <translation>Le fichier a un en-tête mais aucune ligne de données.</translation>
    </message>
    <message>
        <source>The label column &quot;%1&quot; is empty in every row.</source>
        <translation>La colonne d’étiquette «&#xa0;%1&#xa0;» est vide dans toutes les lignes.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have no value in the label column &quot;%1&quot; (the first on line %2); training skips them.</source>
        <translation>
            <numerusform>%n ligne n’a pas de valeur dans la colonne d’étiquette «&#xa0;%1&#xa0;» (la première à la ligne %2)&#xa0;; l’entraînement l’ignore.</numerusform>
            <numerusform>%n lignes n’ont pas de valeur dans la colonne d’étiquette «&#xa0;%1&#xa0;» (la première à la ligne %2)&#xa0;; l’entraînement les ignore.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more line(s) with the same problem, from line %1 on (not listed).</source>
        <translation>
            <numerusform>%n autre ligne avec le même problème, à partir de la ligne %1 (non listée).</numerusform>
            <numerusform>%n autres lignes avec le même problème, à partir de la ligne %1 (non listées).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) not listed.</source>
        <translation>
            <numerusform>%n autre problème non listé.</numerusform>
            <numerusform>%n autres problèmes non listés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file looks semicolon-separated: its header reads as %n column(s) because the values are separated by &quot;;&quot;. The service needs comma-separated values: save or export the file as CSV with commas.</source>
        <translation>
            <numerusform>Le fichier semble séparé par des points-virgules&#xa0;: son en-tête se lit comme %n colonne parce que les valeurs sont séparées par «&#xa0;;&#xa0;». Le service attend des valeurs séparées par des virgules&#xa0;: enregistrez ou exportez le fichier en CSV avec des virgules.</numerusform>
            <numerusform>Le fichier semble séparé par des points-virgules&#xa0;: son en-tête se lit comme %n colonnes parce que les valeurs sont séparées par «&#xa0;;&#xa0;». Le service attend des valeurs séparées par des virgules&#xa0;: enregistrez ou exportez le fichier en CSV avec des virgules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file looks tab-separated: its header reads as %n column(s) because the values are separated by tabs. The service needs comma-separated values: save or export the file as CSV with commas.</source>
        <translation>
            <numerusform>Le fichier semble séparé par des tabulations&#xa0;: son en-tête se lit comme %n colonne parce que les valeurs sont séparées par des tabulations. Le service attend des valeurs séparées par des virgules&#xa0;: enregistrez ou exportez le fichier en CSV avec des virgules.</numerusform>
            <numerusform>Le fichier semble séparé par des tabulations&#xa0;: son en-tête se lit comme %n colonnes parce que les valeurs sont séparées par des tabulations. Le service attend des valeurs séparées par des virgules&#xa0;: enregistrez ou exportez le fichier en CSV avec des virgules.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatastorePage</name>
    <message>
        <source>Datastore status</source>
        <translation>État du magasin de données</translation>
    </message>
    <message>
        <source>The workspace&apos;s default datastore</source>
        <translation>Le magasin de données par défaut de l’espace de travail</translation>
    </message>
    <message>
        <source>Datastore:</source>
        <translation>Magasin de données&#x202f;:</translation>
    </message>
    <message>
        <source>Datastore name</source>
        <translation>Nom du magasin de données</translation>
    </message>
    <message>
        <source>Storage account:</source>
        <translation>Compte de stockage&#x202f;:</translation>
    </message>
    <message>
        <source>Storage account name</source>
        <translation>Nom du compte de stockage</translation>
    </message>
    <message>
        <source>Container:</source>
        <translation>Conteneur&#x202f;:</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>Blob endpoint:</source>
        <translation>Point de terminaison blob&#x202f;:</translation>
    </message>
    <message>
        <source>Blob endpoint</source>
        <translation>Point de terminaison blob</translation>
    </message>
    <message>
        <source>Use the account key the &amp;workspace gives (never stored)</source>
        <translation>Utiliser la clé de compte que donne l’espace de travail (&amp;w) (jamais enregistrée)</translation>
    </message>
    <message>
        <source>Use the workspace&apos;s account key</source>
        <translation>Utiliser la clé de compte de l’espace de travail</translation>
    </message>
    <message>
        <source>The datastore&apos;s account key is asked from the workspace (listSecrets) each time and kept in memory only.</source>
        <translation>La clé de compte du magasin de données est demandée à l’espace de travail (listSecrets) à chaque fois et gardée en mémoire uniquement.</translation>
    </message>
    <message>
        <source>&amp;My own storage credentials for this account</source>
        <translation>&amp;Mes propres identifiants de stockage pour ce compte</translation>
    </message>
    <message>
        <source>My own storage credentials for this account</source>
        <translation>Mes propres identifiants de stockage pour ce compte</translation>
    </message>
    <message>
        <source>An account key or a SAS token of the datastore&apos;s storage account, for a datastore whose key the workspace does not give.</source>
        <translation>Une clé de compte ou un jeton SAS du compte de stockage du magasin de données, pour un magasin dont l’espace de travail ne donne pas la clé.</translation>
    </message>
    <message>
        <source>Account &amp;key:</source>
        <translation>Clé de compte (&amp;k)&#x202f;:</translation>
    </message>
    <message>
        <source>Storage account key</source>
        <translation>Clé du compte de stockage</translation>
    </message>
    <message>
        <source>The storage account&apos;s access key (base64). Leave empty to use a SAS token instead.</source>
        <translation>La clé d’accès du compte de stockage (base64). Laissez vide pour utiliser un jeton SAS.</translation>
    </message>
    <message>
        <source>&amp;SAS token:</source>
        <translation>Jeton &amp;SAS&#x202f;:</translation>
    </message>
    <message>
        <source>SAS token</source>
        <translation>Jeton SAS</translation>
    </message>
    <message>
        <source>A shared access signature for the account or the datastore&apos;s container (without the leading &apos;?&apos;).</source>
        <translation>Une signature d’accès partagé pour le compte ou le conteneur du magasin de données (sans le «&#x202f;?&#x202f;» initial).</translation>
    </message>
    <message>
        <source>Save them &amp;in the keychain for this profile</source>
        <translation>Les enregistrer dans le trousseau pour ce profil (&amp;i)</translation>
    </message>
    <message>
        <source>Save the storage credentials in the keychain</source>
        <translation>Enregistrer les identifiants de stockage dans le trousseau</translation>
    </message>
    <message>
        <source>Keep the key or SAS token in the system keychain for this profile, to find it filled in next time.</source>
        <translation>Conserver la clé ou le jeton SAS dans le trousseau du système pour ce profil, pour les retrouver la prochaine fois.</translation>
    </message>
    <message>
        <source>Check &amp;access</source>
        <translation>Vérifier l’&amp;accès</translation>
    </message>
    <message>
        <source>Check access with my credentials</source>
        <translation>Vérifier l’accès avec mes identifiants</translation>
    </message>
    <message>
        <source>Lists the datastore&apos;s container with these credentials.</source>
        <translation>Liste le conteneur du magasin de données avec ces identifiants.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Access to the datastore</source>
        <translation>Accès au magasin de données</translation>
    </message>
</context>
<context>
    <name>Definition</name>
    <message>
        <source>The web service has no asset &apos;%1&apos;.</source>
        <translation>Le service web n’a pas de ressource «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Asset &apos;%1&apos; (%2) is not a trained model.</source>
        <translation>La ressource «&#xa0;%1&#xa0;» (%2) n’est pas un modèle entraîné.</translation>
    </message>
    <message>
        <source>The model location &apos;%1&apos; is not an http(s) blob URL.</source>
        <translation>L’emplacement du modèle «&#xa0;%1&#xa0;» n’est pas une URL de blob http(s).</translation>
    </message>
    <message>
        <source>The model location &apos;%1&apos; does not end with .ilearner: it is not a trained model output.</source>
        <translation>L’emplacement du modèle «&#xa0;%1&#xa0;» ne se termine pas par .ilearner&#xa0;: ce n’est pas une sortie de modèle entraîné.</translation>
    </message>
    <message>
        <source>%1 must be a JSON object ({...}).</source>
        <translation>%1 doit être un objet JSON ({...}).</translation>
    </message>
    <message>
        <source>%1 must be a JSON array ([...]).</source>
        <translation>%1 doit être un tableau JSON ([...]).</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1 doit être une chaîne.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 doit être true ou false.</translation>
    </message>
    <message>
        <source>%1 has the wrong type.</source>
        <translation>%1 n’a pas le bon type.</translation>
    </message>
    <message>
        <source>properties.packageType is &apos;%1&apos;; web services are of type &apos;Graph&apos;.</source>
        <translation>properties.packageType vaut «&#xa0;%1&#xa0;»&#xa0;; les services web sont de type «&#xa0;Graph&#xa0;».</translation>
    </message>
    <message>
        <source>The definition file &apos;%1&apos; cannot be used: %2</source>
        <translation>Le fichier de définition «&#xa0;%1&#xa0;» ne peut pas être utilisé&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is not UTF-8 or UTF-16 text (line %1, column %2). Save it as UTF-8.</source>
        <translation>ce n’est pas du texte UTF-8 ou UTF-16 (ligne %1, colonne %2). Enregistrez-le en UTF-8.</translation>
    </message>
    <message>
        <source>it ends before the JSON is complete (line %1, column %2: %3); the file looks truncated. Export the definition again.</source>
        <translation>il se termine avant la fin du JSON (ligne %1, colonne %2&#xa0;: %3)&#xa0;; le fichier semble tronqué. Exportez de nouveau la définition.</translation>
    </message>
    <message>
        <source>it is not valid JSON: %1 at line %2, column %3.</source>
        <translation>ce n’est pas du JSON valide&#xa0;: %1 à la ligne %2, colonne %3.</translation>
    </message>
    <message>
        <source>An example row of %1 has %2 cells for %3 columns.</source>
        <translation>Une ligne d’exemple de %1 a %2 cellules pour %3 colonnes.</translation>
    </message>
    <message>
        <source>The web service has no example rows for %1.</source>
        <translation>Le service web n’a pas de lignes d’exemple pour %1.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>Nothing is listening at that address (connection refused). Check the endpoint and that the service is running.</source>
        <translation>Rien n’écoute à cette adresse (connexion refusée). Vérifiez le point de terminaison et que le service est en cours d’exécution.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>Le serveur a fermé la connexion avant de répondre.</translation>
    </message>
    <message>
        <source>The host name could not be found. Check the endpoint or account name.</source>
        <translation>Le nom d’hôte est introuvable. Vérifiez le point de terminaison ou le nom du compte.</translation>
    </message>
    <message>
        <source>The server stopped answering (timed out).</source>
        <translation>Le serveur ne répond plus (délai dépassé).</translation>
    </message>
    <message>
        <source>A secure (TLS) connection could not be established.</source>
        <translation>Impossible d’établir une connexion sécurisée (TLS).</translation>
    </message>
    <message>
        <source>The network is temporarily unavailable.</source>
        <translation>Le réseau est temporairement indisponible.</translation>
    </message>
    <message>
        <source>The address does not use a supported protocol (http or https).</source>
        <translation>L’adresse n’utilise pas un protocole pris en charge (http ou https).</translation>
    </message>
    <message>
        <source>A network error occurred.</source>
        <translation>Une erreur réseau s’est produite.</translation>
    </message>
    <message>
        <source>The service rejected the request as invalid.</source>
        <translation>Le service a rejeté la requête comme non valide.</translation>
    </message>
    <message>
        <source>The service did not accept the credentials (401). Check the key or sign in again.</source>
        <translation>Le service n’a pas accepté les identifiants (401). Vérifiez la clé ou reconnectez-vous.</translation>
    </message>
    <message>
        <source>Access was denied (403). The account key, SAS or API key is wrong or has expired, or lacks the needed permission.</source>
        <translation>Accès refusé (403). La clé du compte, la SAS ou la clé d’API est erronée ou a expiré, ou n’a pas l’autorisation nécessaire.</translation>
    </message>
    <message>
        <source>The service could not find what was asked for (404).</source>
        <translation>Le service n’a pas trouvé ce qui était demandé (404).</translation>
    </message>
    <message>
        <source>The request conflicts with the current state (409).</source>
        <translation>La requête est en conflit avec l’état actuel (409).</translation>
    </message>
    <message>
        <source>The resource changed while it was being used (412).</source>
        <translation>La ressource a changé pendant son utilisation (412).</translation>
    </message>
    <message>
        <source>The service is throttling requests (429). Try again shortly.</source>
        <translation>Le service limite les requêtes (429). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The service had an internal problem (HTTP %1). Try again later.</source>
        <translation>Le service a rencontré un problème interne (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The service answered with HTTP status %1.</source>
        <translation>Le service a répondu avec le code HTTP %1.</translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation>Le service a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The response could not be understood: %1</source>
        <translation>La réponse n’a pas pu être comprise&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Le trousseau a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>error message: what was being done: what went wrong</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <source>Evaluation status</source>
        <translation>État de l’évaluation</translation>
    </message>
    <message>
        <source>Loading step</source>
        <translation>Étape de chargement</translation>
    </message>
    <message>
        <source>No evaluation loaded yet: submit a retraining job on the previous step.</source>
        <translation>Aucune évaluation chargée&#xa0;: soumettez un travail de réentraînement à l’étape précédente.</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progression du chargement</translation>
    </message>
    <message>
        <source>Promotion gate verdict</source>
        <translation>Verdict du critère de promotion</translation>
    </message>
    <message>
        <source>Evaluation views</source>
        <translation>Vues de l’évaluation</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>&amp;Métriques</translation>
    </message>
    <message>
        <source>Metrics of the new and the current model</source>
        <translation>Métriques du nouveau modèle et du modèle actuel</translation>
    </message>
    <message>
        <source>One row per metric: the new model, the current model, the change and the promotion gate&apos;s verdict. Hover a cell for an explanation.</source>
        <translation>Une ligne par métrique&#xa0;: le nouveau modèle, le modèle actuel, l’écart et le verdict du critère de promotion. Survolez une cellule pour une explication.</translation>
    </message>
    <message>
        <source>Bar chart of the metrics of both models</source>
        <translation>Graphique en barres des métriques des deux modèles</translation>
    </message>
    <message>
        <source>The same numbers as the metrics table, as bars.</source>
        <translation>Les mêmes valeurs que le tableau des métriques, sous forme de barres.</translation>
    </message>
    <message>
        <source>Promotion gate rules and their reasons</source>
        <translation>Règles du critère de promotion et leurs raisons</translation>
    </message>
    <message>
        <source>Copy the metrics table</source>
        <translation>Copier le tableau des métriques</translation>
    </message>
    <message>
        <source>Copy the table to the clipboard, tab-separated (paste it into a spreadsheet).</source>
        <translation>Copier le tableau dans le presse-papiers, séparé par des tabulations (à coller dans un tableur).</translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation>&amp;Copier le tableau</translation>
    </message>
    <message>
        <source>C&amp;urves</source>
        <translation>C&amp;ourbes</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Graphique&#xa0;:</translation>
    </message>
    <message>
        <source>Curve to show</source>
        <translation>Courbe à afficher</translation>
    </message>
    <message>
        <source>Curve summary</source>
        <translation>Résumé de la courbe</translation>
    </message>
    <message>
        <source>Performance curve of both models</source>
        <translation>Courbe de performance des deux modèles</translation>
    </message>
    <message>
        <source>Confu&amp;sion matrices</source>
        <translation>Matrices de con&amp;fusion</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>Seui&amp;l&#xa0;:</translation>
    </message>
    <message>
        <source>Decision threshold</source>
        <translation>Seuil de décision</translation>
    </message>
    <message>
        <source>Rows scoring at least this probability are predicted positive. Moving it updates the three matrices.</source>
        <translation>Les lignes dont la probabilité atteint au moins ce seuil sont prédites positives. Le déplacer met à jour les trois matrices.</translation>
    </message>
    <message>
        <source>Threshold value</source>
        <translation>Valeur du seuil</translation>
    </message>
    <message>
        <source>New model</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>Confusion matrix of the new model</source>
        <translation>Matrice de confusion du nouveau modèle</translation>
    </message>
    <message>
        <source>Current model</source>
        <translation>Modèle actuel</translation>
    </message>
    <message>
        <source>Confusion matrix of the current model</source>
        <translation>Matrice de confusion du modèle actuel</translation>
    </message>
    <message>
        <source>Difference (new − current)</source>
        <translation>Différence (nouveau − actuel)</translation>
    </message>
    <message>
        <source>Difference between the confusion matrices, new minus current</source>
        <translation>Différence entre les matrices de confusion, nouveau moins actuel</translation>
    </message>
    <message>
        <source>Accuracy, precision and recall at the threshold</source>
        <translation>Exactitude, précision et rappel au seuil</translation>
    </message>
    <message>
        <source>&amp;Predictions</source>
        <translation>&amp;Prédictions</translation>
    </message>
    <message>
        <source>Cha&amp;rt:</source>
        <translation>Grap&amp;hique&#xa0;:</translation>
    </message>
    <message>
        <source>Regression chart to show</source>
        <translation>Graphique de régression à afficher</translation>
    </message>
    <message>
        <source>Predicted against actual values of both models</source>
        <translation>Valeurs prédites en fonction des valeurs réelles pour les deux modèles</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>Save the chart of the current tab as a PNG image.</source>
        <translation>Enregistrer le graphique de l’onglet actuel comme image PNG.</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>&amp;Exporter le graphique…</translation>
    </message>
    <message>
        <source>Metrics, curves, confusion matrices and predictions of both models</source>
        <translation>Métriques, courbes, matrices de confusion et prédictions des deux modèles</translation>
    </message>
    <message>
        <source>The performance curve to show: ROC, precision and recall, or lift</source>
        <translation>La courbe de performance à afficher&#xa0;: ROC, précision et rappel, ou lift</translation>
    </message>
    <message>
        <source>The chosen curve of the new and the current model; Show values instead of charts gives its points as a table</source>
        <translation>La courbe choisie du nouveau modèle et du modèle actuel&#xa0;; «&#xa0;Afficher les valeurs au lieu des graphiques&#xa0;» donne ses points sous forme de tableau</translation>
    </message>
    <message>
        <source>Points of the curve of both models</source>
        <translation>Points de la courbe des deux modèles</translation>
    </message>
    <message>
        <source>One row per point of each model: its x and y values and the score threshold it is reached at</source>
        <translation>Une ligne par point de chaque modèle&#xa0;: ses valeurs x et y et le seuil de score auquel il est atteint</translation>
    </message>
    <message>
        <source>Rows are the actual classes, columns the predicted ones, at the chosen threshold</source>
        <translation>Les lignes sont les classes réelles, les colonnes les classes prédites, au seuil choisi</translation>
    </message>
    <message>
        <source>New model&apos;s count minus the current model&apos;s, per cell</source>
        <translation>Effectif du nouveau modèle moins celui du modèle actuel, par cellule</translation>
    </message>
    <message>
        <source>The regression chart to show: predicted against actual, or residuals</source>
        <translation>Le graphique de régression à afficher&#xa0;: prédit en fonction du réel, ou résidus</translation>
    </message>
    <message>
        <source>The chosen chart of both models; Show values instead of charts gives its points as a table</source>
        <translation>Le graphique choisi des deux modèles&#xa0;; «&#xa0;Afficher les valeurs au lieu des graphiques&#xa0;» donne ses points sous forme de tableau</translation>
    </message>
    <message>
        <source>Points of the chart of both models</source>
        <translation>Points du graphique des deux modèles</translation>
    </message>
    <message>
        <source>One row per scored row of each model: its x and y values</source>
        <translation>Une ligne par ligne notée de chaque modèle&#xa0;: ses valeurs x et y</translation>
    </message>
    <message>
        <source>Show values instead of charts</source>
        <translation>Afficher les valeurs au lieu des graphiques</translation>
    </message>
    <message>
        <source>Show &amp;values instead of charts</source>
        <translation>Afficher les &amp;valeurs au lieu des graphiques</translation>
    </message>
    <message>
        <source>Show the points of the curves and predictions as tables, the text alternative of the charts</source>
        <translation>Afficher les points des courbes et des prédictions sous forme de tableaux, l’alternative textuelle des graphiques</translation>
    </message>
    <message>
        <source>How the models were compared</source>
        <translation>Comment les modèles ont été comparés</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help for this step</source>
        <translation>Aide pour cette étape</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation>Ce que fait cette étape</translation>
    </message>
    <message>
        <source>E&amp;quivalent commands:</source>
        <translation>Commandes é&amp;quivalentes&#xa0;:</translation>
    </message>
    <message>
        <source>Equivalent commands</source>
        <translation>Commandes équivalentes</translation>
    </message>
    <message>
        <source>The mlretrain-cli commands that do what this step does, one per line</source>
        <translation>Les commandes mlretrain-cli qui font ce que fait cette étape, une par ligne</translation>
    </message>
    <message>
        <source>Where the options are explained</source>
        <translation>Où les options sont expliquées</translation>
    </message>
    <message>
        <source>&amp;Copy commands</source>
        <translation>&amp;Copier les commandes</translation>
    </message>
    <message>
        <source>Copy the equivalent commands to the clipboard</source>
        <translation>Copier les commandes équivalentes dans le presse-papiers</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>retraining job</source>
        <translation>travail de réentraînement</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>rollback</source>
        <translation>restauration</translation>
    </message>
    <message>
        <source>service created</source>
        <translation>service créé</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importation</translation>
    </message>
    <message>
        <source>The history %1 cannot be read: %2</source>
        <translation>L’historique %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The history %1 is not a history file (%2).</source>
        <translation>L’historique %1 n’est pas un fichier d’historique (%2).</translation>
    </message>
    <message>
        <source>unexpected content</source>
        <translation>contenu inattendu</translation>
    </message>
    <message>
        <source>The folder %1 for the history cannot be created.</source>
        <translation>Le dossier %1 de l’historique ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The history %1 cannot be written: %2</source>
        <translation>L’historique %1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Retraining job %1 on %2: %3</source>
        <translation>Travail de réentraînement %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Gate passed: %1</source>
        <translation>Critère réussi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Gate failed: %1</source>
        <translation>Critère non atteint&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rollback of %1</source>
        <translation>Restauration de %1</translation>
    </message>
    <message>
        <source>Update of %1</source>
        <translation>Mise à jour de %1</translation>
    </message>
    <message>
        <source>Roll-out on %1: %2</source>
        <translation>Mise en production sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Traffic of %1 set to %2</source>
        <translation>Trafic de %1 défini à %2</translation>
    </message>
    <message>
        <source>Rollback of %1: traffic back on %2 (%3)</source>
        <translation>Restauration de %1&#xa0;: trafic rendu à %2 (%3)</translation>
    </message>
    <message>
        <source>Rollback of %1 failed: %2</source>
        <translation>La restauration de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Deployment %1 of %2 retired</source>
        <translation>Déploiement %1 de %2 retiré</translation>
    </message>
</context>
<context>
    <name>JobJournal</name>
    <message>
        <source>not started</source>
        <translation>non démarré</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The job journal %1 cannot be read: %2</source>
        <translation>Le journal des travaux %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The job journal %1 is not a job journal (%2).</source>
        <translation>Le journal des travaux %1 n’est pas un journal des travaux (%2).</translation>
    </message>
    <message>
        <source>unexpected content</source>
        <translation>contenu inattendu</translation>
    </message>
    <message>
        <source>A job without an id cannot be recorded.</source>
        <translation>Un travail sans identifiant ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>The folder %1 for the job journal cannot be created.</source>
        <translation>Le dossier %1 du journal des travaux ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The job journal %1 cannot be written: %2</source>
        <translation>Le journal des travaux %1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>LabelCheck</name>
    <message>
        <source>The label column &quot;%1&quot; holds %2 (first on line %3), but the service learns two values only: %4 and %5.</source>
        <translation>La colonne d’étiquette «&#xa0;%1&#xa0;» contient %2 (d’abord à la ligne %3), mais le service n’apprend que deux valeurs&#xa0;: %4 et %5.</translation>
    </message>
    <message>
        <source>The label column &quot;%1&quot; holds %2 (first on line %3), but the service learns two values only: %4 and %5 (values are case-sensitive: %2 is not %6).</source>
        <translation>La colonne d’étiquette «&#xa0;%1&#xa0;» contient %2 (d’abord à la ligne %3), mais le service n’apprend que deux valeurs&#xa0;: %4 et %5 (les valeurs distinguent les majuscules&#xa0;: %2 n’est pas %6).</translation>
    </message>
    <message>
        <source>The label column &quot;%1&quot; holds only %2, but the service learns two values, %3 and %4: the training data needs rows of both.</source>
        <translation>La colonne d’étiquette «&#xa0;%1&#xa0;» ne contient que %2, mais le service apprend deux valeurs, %3 et %4&#xa0;: les données d’entraînement doivent avoir des lignes des deux.</translation>
    </message>
    <message>
        <source>The label column &quot;%1&quot; holds only %2, but a two-class service learns two values: the training data needs rows of both.</source>
        <translation>La colonne d’étiquette «&#xa0;%1&#xa0;» ne contient que %2, mais un service à deux classes apprend deux valeurs&#xa0;: les données d’entraînement doivent avoir des lignes des deux.</translation>
    </message>
    <message>
        <source>%1 from line %2</source>
        <translation>%1 dès la ligne %2</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>plus de %1</translation>
    </message>
    <message>
        <source>The label column &quot;%1&quot; holds %2 values (%3), but a two-class service learns exactly two.</source>
        <translation>La colonne d’étiquette «&#xa0;%1&#xa0;» contient %2 valeurs (%3), mais un service à deux classes en apprend exactement deux.</translation>
    </message>
</context>
<context>
    <name>ListParsing</name>
    <message>
        <source>the list of %1 was cut off (incomplete XML)</source>
        <translation>la liste des %1 a été tronquée (XML incomplet)</translation>
    </message>
    <message>
        <source>the list of %1 is not valid XML (%2 at line %3)</source>
        <translation>la liste des %1 n’est pas du XML valide (%2 à la ligne %3)</translation>
    </message>
    <message>
        <source>the list of %1 is not the expected XML document</source>
        <translation>la liste des %1 n’est pas le document XML attendu</translation>
    </message>
    <message>
        <source>containers</source>
        <translation>conteneurs</translation>
    </message>
    <message>
        <source>blobs</source>
        <translation>blobs</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>blocs</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>%1 must be a full address starting with https:// (or http:// for a local service), e.g. https://example.net/path.</source>
        <translation>%1 doit être une adresse complète commençant par https:// (ou http:// pour un service local), p. ex. https://example.net/chemin.</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password.</source>
        <translation>%1 ne doit contenir ni nom d’utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>%1 looks like it contains a secret (such as sig=, key= or a token) in its query. Give the address without it and store the secret as a secret of the profile (e.g. sas), which goes to the keychain.</source>
        <translation>%1 semble contenir un secret (comme sig=, key= ou un jeton) dans sa requête. Indiquez l’adresse sans lui et enregistrez le secret comme secret du profil (p. ex. sas), qui va dans le trousseau.</translation>
    </message>
    <message>
        <source>%1 must be 3 to 24 lowercase letters and digits.</source>
        <translation>%1 doit comporter de 3 à 24 lettres minuscules et chiffres.</translation>
    </message>
    <message>
        <source>%1 must be a domain such as core.windows.net (without https://).</source>
        <translation>%1 doit être un domaine comme core.windows.net (sans https://).</translation>
    </message>
    <message>
        <source>%1 must be 3 to 63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit.</source>
        <translation>%1 doit comporter de 3 à 63 lettres minuscules, chiffres et traits d’union isolés, et commencer et finir par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>%1 must not contain / \ ? # % or control characters.</source>
        <translation>%1 ne doit contenir ni / \&#xa0;? # % ni caractères de contrôle.</translation>
    </message>
    <message>
        <source>%1 must be a tenant id (a GUID) or a domain such as contoso.onmicrosoft.com.</source>
        <translation>%1 doit être un identifiant de locataire (un GUID) ou un domaine comme contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>%1 must be an id such as a GUID (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;).</source>
        <translation>%1 doit être un identifiant comme un GUID (lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;»).</translation>
    </message>
    <message>
        <source>%1 must be 1 to 90 letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, &apos;(&apos; or &apos;)&apos;, not ending with &apos;.&apos;.</source>
        <translation>%1 doit comporter de 1 à 90 lettres, chiffres, «&#xa0;-&#xa0;», «&#xa0;_&#xa0;», «&#xa0;.&#xa0;», «&#xa0;(&#xa0;» ou «&#xa0;)&#xa0;», sans finir par «&#xa0;.&#xa0;».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a secret: it is kept in the keychain, never in the profile&apos;s settings. Store it as a secret of the profile instead.</source>
        <translation>«&#xa0;%1&#xa0;» est un secret&#xa0;: il est conservé dans le trousseau, jamais dans les paramètres du profil. Enregistrez-le plutôt comme secret du profil.</translation>
    </message>
    <message>
        <source>Unknown profile setting &apos;%1&apos;. Known settings: %2.</source>
        <translation>Paramètre de profil inconnu «&#xa0;%1&#xa0;». Paramètres connus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 must be the full path of a file, e.g. /home/me/ca.pem.</source>
        <translation>%1 doit être le chemin complet d’un fichier, par exemple /home/moi/ca.pem.</translation>
    </message>
    <message>
        <source>%1 must be classic (Azure Machine Learning Studio, classic) or azureml (Azure Machine Learning).</source>
        <translation>%1 doit valoir classic (Azure Machine Learning Studio, classique) ou azureml (Azure Machine Learning).</translation>
    </message>
    <message>
        <source>%1 must be 3 to 33 letters, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit.</source>
        <translation>%1 doit compter de 3 à 33 lettres, chiffres, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;», et commencer par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>%1 must be 3 to 32 letters, digits and single &apos;-&apos;, starting with a letter.</source>
        <translation>%1 doit compter de 3 à 32 lettres, chiffres et «&#xa0;-&#xa0;» isolés, et commencer par une lettre.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>A profile name can have at most %1 characters.</source>
        <translation>Un nom de profil peut comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with a space.</source>
        <translation>Un nom de profil ne peut pas commencer ni finir par une espace.</translation>
    </message>
    <message>
        <source>A profile name cannot contain &apos;/&apos;, &apos;\&apos; or control characters.</source>
        <translation>Un nom de profil ne peut contenir ni «&#xa0;/&#xa0;», ni «&#xa0;\&#xa0;», ni caractères de contrôle.</translation>
    </message>
    <message>
        <source>The built-in profile cannot be renamed.</source>
        <translation>Le profil intégré ne peut pas être renommé.</translation>
    </message>
    <message>
        <source>A profile named &apos;%1&apos; already exists.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Saving profile &apos;%1&apos;</source>
        <translation>Enregistrement du profil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The &apos;%1&apos; profile is built in and cannot be deleted.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» est intégré et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>There is no profile named &apos;%1&apos;.</source>
        <translation>Il n’existe aucun profil nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The &apos;%1&apos; profile is built in and cannot be renamed.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» est intégré et ne peut pas être renommé.</translation>
    </message>
    <message>
        <source>The profiles could not be saved: %1 cannot be written.</source>
        <translation>Les profils n’ont pas pu être enregistrés&#xa0;: %1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>The profiles could not be saved: %1 is not a valid settings file.</source>
        <translation>Les profils n’ont pas pu être enregistrés&#xa0;: %1 n’est pas un fichier de paramètres valide.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Retraining decision report</source>
        <translation>Rapport de décision du réentraînement</translation>
    </message>
    <message>
        <source>Generated %1 (UTC).</source>
        <translation>Généré le %1 (UTC).</translation>
    </message>
    <message>
        <source>Profile and service</source>
        <translation>Profil et service</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Predictive service</source>
        <translation>Service prédictif</translation>
    </message>
    <message>
        <source>Training service</source>
        <translation>Service d’entraînement</translation>
    </message>
    <message>
        <source>Retraining job</source>
        <translation>Travail de réentraînement</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Input file</source>
        <translation>Fichier d’entrée</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>Entrée %1</translation>
    </message>
    <message>
        <source>Output %1</source>
        <translation>Sortie %1</translation>
    </message>
    <message>
        <source>Parameter %1</source>
        <translation>Paramètre %1</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>New model</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>Current model</source>
        <translation>Modèle actuel</translation>
    </message>
    <message>
        <source>Delta</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>passed: %1</source>
        <translation>réussi&#xa0;: %1</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>ÉCHEC&#xa0;: %1</translation>
    </message>
    <message>
        <source>No evaluation was recorded for this job.</source>
        <translation>Aucune évaluation n’a été enregistrée pour ce travail.</translation>
    </message>
    <message>
        <source>Gate verdict</source>
        <translation>Verdict du critère</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>RÉUSSI</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>No gate verdict (the job was not evaluated).</source>
        <translation>Aucun verdict du critère (le travail n’a pas été évalué).</translation>
    </message>
    <message>
        <source>Service update</source>
        <translation>Mise à jour du service</translation>
    </message>
    <message>
        <source>Where the service is</source>
        <translation>Emplacement du service</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Previous model</source>
        <translation>Modèle précédent</translation>
    </message>
    <message>
        <source>Read back</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Smoke test</source>
        <translation>Test de fumée</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Definition diff</source>
        <translation>Différences de la définition</translation>
    </message>
    <message>
        <source>The service was not updated.</source>
        <translation>Le service n’a pas été mis à jour.</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Backup of the definition before the change:</source>
        <translation>Sauvegarde de la définition avant la modification&#xa0;:</translation>
    </message>
    <message>
        <source>No backup: nothing to roll back.</source>
        <translation>Aucune sauvegarde&#xa0;: rien à restaurer.</translation>
    </message>
    <message>
        <source>The report %1 must end with .html or .pdf.</source>
        <translation>Le rapport %1 doit se terminer par .html ou .pdf.</translation>
    </message>
    <message>
        <source>The report %1 cannot be written: %2</source>
        <translation>Le rapport %1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>ROC curve</source>
        <translation>Courbe ROC</translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation>Taux de faux positifs</translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation>Taux de vrais positifs</translation>
    </message>
    <message>
        <source>Predicted vs actual</source>
        <translation>Prédit en fonction du réel</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Prédit</translation>
    </message>
    <message>
        <source>This update was rolled back on %1 (UTC): the service no longer uses the new model.</source>
        <translation>Cette mise à jour a été annulée le %1 (UTC)&#xa0;: le service n’utilise plus le nouveau modèle.</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Annulée (retour arrière)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Model put back</source>
        <translation>Modèle remis en place</translation>
    </message>
    <message>
        <source>From backup</source>
        <translation>Depuis la sauvegarde</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2&#xa0;%</translation>
    </message>
    <message>
        <source>Roll-out (Azure Machine Learning)</source>
        <translation>Mise en production (Azure Machine Learning)</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Where the endpoint is</source>
        <translation>Situation du point de terminaison</translation>
    </message>
    <message>
        <source>Previous deployment</source>
        <translation>Déploiement précédent</translation>
    </message>
    <message>
        <source>New deployment</source>
        <translation>Nouveau déploiement</translation>
    </message>
    <message>
        <source>Traffic read back</source>
        <translation>Trafic relu</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Déploiements</translation>
    </message>
    <message>
        <source>Smoke test at 0 %</source>
        <translation>Test de fumée à 0&#xa0;%</translation>
    </message>
    <message>
        <source>Traffic stages</source>
        <translation>Étapes de trafic</translation>
    </message>
    <message>
        <source>%1 % (%2)</source>
        <translation>%1&#xa0;% (%2)</translation>
    </message>
    <message>
        <source>read back: %1</source>
        <translation>relu&#xa0;: %1</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>The traffic before the roll-out: %1 (deployment %2 kept until it is retired).</source>
        <translation>Le trafic avant la mise en production&#xa0;: %1 (le déploiement %2 est conservé jusqu’à ce qu’il soit retiré).</translation>
    </message>
</context>
<context>
    <name>RolloutPage</name>
    <message>
        <source>Roll out although the &amp;gate failed</source>
        <translation>&amp;Mettre en production malgré l’échec au critère de promotion</translation>
    </message>
    <message>
        <source>Roll out although the gate failed</source>
        <translation>Mettre en production malgré l’échec au critère de promotion</translation>
    </message>
    <message>
        <source>Roll the model out even though its evaluation did not pass the promotion gate</source>
        <translation>Mettre le modèle en production même si son évaluation ne satisfait pas au critère de promotion</translation>
    </message>
    <message>
        <source>Deployments of the endpoint</source>
        <translation>Déploiements du point de terminaison</translation>
    </message>
    <message>
        <source>The endpoint&apos;s deployments: name, model and version, state, instance type and count, share of the traffic</source>
        <translation>Les déploiements du point de terminaison&#x202f;: nom, modèle et version, état, type et nombre d’instances, part du trafic</translation>
    </message>
    <message>
        <source>Re&amp;load deployments</source>
        <translation>Rec&amp;harger les déploiements</translation>
    </message>
    <message>
        <source>Reload deployments</source>
        <translation>Recharger les déploiements</translation>
    </message>
    <message>
        <source>Read the endpoint, its deployments and its traffic again</source>
        <translation>Relire le point de terminaison, ses déploiements et son trafic</translation>
    </message>
    <message>
        <source>Planned roll-out</source>
        <translation>Mise en production prévue</translation>
    </message>
    <message>
        <source>&amp;Stages (percent of the traffic on the new deployment):</source>
        <translation>Étap&amp;es (pourcentage du trafic sur le nouveau déploiement)&#x202f;:</translation>
    </message>
    <message>
        <source>10, 100</source>
        <translation>10, 100</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Percent of the traffic on the new deployment at each stage, e.g. 10, 100 (increasing, the last 100)</source>
        <translation>Pourcentage du trafic sur le nouveau déploiement à chaque étape, p. ex. 10, 100 (croissant, le dernier à 100)</translation>
    </message>
    <message>
        <source>Run all stages &amp;without asking</source>
        <translation>E&amp;xécuter toutes les étapes sans demander</translation>
    </message>
    <message>
        <source>Run all stages without asking</source>
        <translation>Exécuter toutes les étapes sans demander</translation>
    </message>
    <message>
        <source>Move the traffic through every stage in sequence instead of asking before each one</source>
        <translation>Faire passer le trafic par chaque étape à la suite au lieu de demander avant chacune</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Déployer</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Déployer</translation>
    </message>
    <message>
        <source>Back up the endpoint, register the model, create the new deployment at 0 % and smoke-test it</source>
        <translation>Sauvegarder le point de terminaison, inscrire le modèle, créer le nouveau déploiement à 0 % et le soumettre au test de fumée</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Contin&amp;ue</source>
        <translation>Contin&amp;uer</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Move the traffic as asked above</source>
        <translation>Déplacer le trafic comme demandé ci-dessus</translation>
    </message>
    <message>
        <source>S&amp;top here</source>
        <translation>&amp;Arrêter ici</translation>
    </message>
    <message>
        <source>Stop here</source>
        <translation>Arrêter ici</translation>
    </message>
    <message>
        <source>Leave the traffic where it is now</source>
        <translation>Laisser le trafic là où il est</translation>
    </message>
    <message>
        <source>Progress of the roll-out</source>
        <translation>Progression de la mise en production</translation>
    </message>
    <message>
        <source>The steps of the roll-out as they happen, with the traffic read back after each stage</source>
        <translation>Les étapes de la mise en production au fur et à mesure, avec le trafic relu après chaque étape</translation>
    </message>
    <message>
        <source>Smoke test</source>
        <translation>Test de fumée</translation>
    </message>
    <message>
        <source>The predictions of the current and the new deployment on the sample rows, side by side</source>
        <translation>Les prédictions du déploiement actuel et du nouveau sur les lignes d’exemple, côte à côte</translation>
    </message>
    <message>
        <source>After the roll-out</source>
        <translation>Après la mise en production</translation>
    </message>
    <message>
        <source>Rollback ta&amp;rget:</source>
        <translation>&amp;Cible de la restauration&#x202f;:</translation>
    </message>
    <message>
        <source>Rollback target</source>
        <translation>Cible de la restauration</translation>
    </message>
    <message>
        <source>The traffic to put back: the last roll-out&apos;s, or that of a backup of the endpoint</source>
        <translation>Le trafic à rétablir&#x202f;: celui de la dernière mise en production, ou celui d’une sauvegarde du point de terminaison</translation>
    </message>
    <message>
        <source>R&amp;oll back</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Put the traffic back on the previous deployment</source>
        <translation>Remettre le trafic sur le déploiement précédent</translation>
    </message>
    <message>
        <source>R&amp;etire old deployment</source>
        <translation>Ret&amp;irer l’ancien déploiement</translation>
    </message>
    <message>
        <source>Retire old deployment</source>
        <translation>Retirer l’ancien déploiement</translation>
    </message>
    <message>
        <source>Delete the old deployment once the new one has all the traffic</source>
        <translation>Supprimer l’ancien déploiement une fois que le nouveau a tout le trafic</translation>
    </message>
    <message>
        <source>Show co&amp;mmands</source>
        <translation>Afficher les c&amp;ommandes</translation>
    </message>
    <message>
        <source>Show commands</source>
        <translation>Afficher les commandes</translation>
    </message>
    <message>
        <source>Show the az ml and curl commands that do the same</source>
        <translation>Afficher les commandes az ml et curl qui font la même chose</translation>
    </message>
    <message>
        <source>Save re&amp;port…</source>
        <translation>Enregistrer &amp;le rapport…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Save the decision report with the roll-out as PDF or HTML</source>
        <translation>Enregistrer le rapport de décision, avec la mise en production, en PDF ou HTML</translation>
    </message>
    <message>
        <source>Equivalent commands</source>
        <translation>Commandes équivalentes</translation>
    </message>
    <message>
        <source>The az ml and curl commands of the roll-out; no secret appears in them</source>
        <translation>Les commandes az ml et curl de la mise en production&#x202f;; aucun secret n’y apparaît</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide the secret (Ctrl+Shift+H)</source>
        <translation>Masquer le secret (Ctrl+Maj+H)</translation>
    </message>
    <message>
        <source>Show the secret (Ctrl+Shift+H)</source>
        <translation>Afficher le secret (Ctrl+Maj+H)</translation>
    </message>
</context>
<context>
    <name>ServicePairDialog</name>
    <message>
        <source>Create a service pair</source>
        <translation>Créer une paire de services</translation>
    </message>
    <message>
        <source>Creates a retraining web service and a predictive web service for your CSV in mlstudio-local, from a template, and trains the first model. Their endpoints and keys go into the profile; save it to keep them.</source>
        <translation>Crée un service web de réentraînement et un service web prédictif pour votre CSV dans mlstudio-local, à partir d’un modèle de départ, et entraîne le premier modèle. Leurs points de terminaison et leurs clés vont dans le profil&#xa0;; enregistrez-le pour les conserver.</translation>
    </message>
    <message>
        <source>Training &amp;CSV:</source>
        <translation>&amp;CSV d’entraînement&#xa0;:</translation>
    </message>
    <message>
        <source>Training CSV file</source>
        <translation>Fichier CSV d’entraînement</translation>
    </message>
    <message>
        <source>Choose the CSV the services are made for</source>
        <translation>Choisissez le CSV pour lequel les services sont créés</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the training CSV</source>
        <translation>Choisir le CSV d’entraînement</translation>
    </message>
    <message>
        <source>&amp;Label column:</source>
        <translation>Colonne d’&amp;étiquette&#xa0;:</translation>
    </message>
    <message>
        <source>Label column</source>
        <translation>Colonne d’étiquette</translation>
    </message>
    <message>
        <source>The column the model learns to predict, from the CSV&apos;s header</source>
        <translation>La colonne que le modèle apprend à prédire, d’après l’en-tête du CSV</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>Modèle de &amp;départ&#xa0;:</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle de départ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Service pair name</source>
        <translation>Nom de la paire de services</translation>
    </message>
    <message>
        <source>The services are called NAME-retraining and NAME-predictive</source>
        <translation>Les services s’appellent NOM-retraining et NOM-predictive</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client&#xa0;:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>The client secret of the profile&apos;s application, to sign in to Azure</source>
        <translation>Le secret client de l’application du profil, pour se connecter à Azure</translation>
    </message>
    <message>
        <source>Service pair message</source>
        <translation>Message de la paire de services</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>&amp;Create services</source>
        <translation>&amp;Créer les services</translation>
    </message>
    <message>
        <source>Create services</source>
        <translation>Créer les services</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes the dialog; a creation in progress stops being followed</source>
        <translation>Ferme la boîte de dialogue&#xa0;; une création en cours n’est plus suivie</translation>
    </message>
</context>
<context>
    <name>ServiceSwagger</name>
    <message>
        <source>The service description is not JSON: %1</source>
        <translation>La description du service n’est pas du JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>The example rows of %1 are not objects.</source>
        <translation>Les lignes d’exemple de %1 ne sont pas des objets.</translation>
    </message>
    <message>
        <source>An example row of %1 has %2 cells for %3 columns.</source>
        <translation>Une ligne d’exemple de %1 a %2 cellules pour %3 colonnes.</translation>
    </message>
    <message>
        <source>The service description has no example rows for %1.</source>
        <translation>La description du service n’a pas de lignes d’exemple pour %1.</translation>
    </message>
    <message>
        <source>The service description (swagger.json) is not valid JSON: %1 at offset %2.</source>
        <translation>La description du service (swagger.json) n’est pas du JSON valide&#xa0;: %1 à la position %2.</translation>
    </message>
    <message>
        <source>The service description (swagger.json) is not a JSON object.</source>
        <translation>La description du service (swagger.json) n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The service description (swagger.json) has no &quot;definitions&quot;: it is not the swagger document of an Azure ML web service.</source>
        <translation>La description du service (swagger.json) n’a pas de &quot;definitions&quot;&#xa0;: ce n’est pas le document swagger d’un service web Azure ML.</translation>
    </message>
    <message>
        <source>The service description (swagger.json) declares neither a batch nor a request-response execution: it is not the swagger document of an Azure ML web service.</source>
        <translation>La description du service (swagger.json) ne déclare ni exécution par lots ni exécution requête-réponse&#xa0;: ce n’est pas le document swagger d’un service web Azure ML.</translation>
    </message>
</context>
<context>
    <name>StorageAccount</name>
    <message>
        <source>The connection string is empty. Paste it from the storage account&apos;s Access keys page.</source>
        <translation>La chaîne de connexion est vide. Collez-la depuis la page Clés d’accès du compte de stockage.</translation>
    </message>
    <message>
        <source>Part %1 of the connection string is not of the form Name=Value.</source>
        <translation>La partie %1 de la chaîne de connexion n’est pas de la forme Nom=Valeur.</translation>
    </message>
    <message>
        <source>The connection string has an unknown setting &apos;%1&apos;. Check its spelling.</source>
        <translation>La chaîne de connexion contient un paramètre inconnu «&#xa0;%1&#xa0;». Vérifiez son orthographe.</translation>
    </message>
    <message>
        <source>Part %1 of the connection string is not a known Name=Value setting.</source>
        <translation>La partie %1 de la chaîne de connexion n’est pas un paramètre Nom=Valeur connu.</translation>
    </message>
    <message>
        <source>The connection string sets %1 more than once.</source>
        <translation>La chaîne de connexion définit %1 plusieurs fois.</translation>
    </message>
    <message>
        <source>UseDevelopmentStorage can only be set to true.</source>
        <translation>UseDevelopmentStorage ne peut valoir que true.</translation>
    </message>
    <message>
        <source>UseDevelopmentStorage=true cannot be combined with other settings than DevelopmentStorageProxyUri.</source>
        <translation>UseDevelopmentStorage=true ne peut être combiné qu’avec DevelopmentStorageProxyUri.</translation>
    </message>
    <message>
        <source>DevelopmentStorageProxyUri is not a valid http or https URL.</source>
        <translation>DevelopmentStorageProxyUri n’est pas une URL http ou https valide.</translation>
    </message>
    <message>
        <source>AccountName &apos;%1&apos; is not valid: use 3 to 24 lowercase letters and digits.</source>
        <translation>AccountName «&#xa0;%1&#xa0;» n’est pas valide&#xa0;: utilisez de 3 à 24 lettres minuscules et chiffres.</translation>
    </message>
    <message>
        <source>AccountKey is not valid base64. Copy the whole key (it usually ends with &apos;==&apos;) from the storage account&apos;s Access keys page.</source>
        <translation>AccountKey n’est pas du base64 valide. Copiez la clé entière (elle se termine généralement par «&#xa0;==&#xa0;») depuis la page Clés d’accès du compte de stockage.</translation>
    </message>
    <message>
        <source>SharedAccessSignature has no signature (sig=...). Paste the whole SAS token.</source>
        <translation>SharedAccessSignature n’a pas de signature (sig=...). Collez le jeton SAS entier.</translation>
    </message>
    <message>
        <source>The connection string has no AccountKey and no SharedAccessSignature, so requests cannot be authorized.</source>
        <translation>La chaîne de connexion n’a ni AccountKey ni SharedAccessSignature&#xa0;: les requêtes ne peuvent donc pas être autorisées.</translation>
    </message>
    <message>
        <source>DefaultEndpointsProtocol must be http or https, not &apos;%1&apos;.</source>
        <translation>DefaultEndpointsProtocol doit valoir http ou https, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>BlobEndpoint is not a valid http or https URL without a query, such as https://myaccount.blob.core.windows.net.</source>
        <translation>BlobEndpoint n’est pas une URL http ou https valide sans requête, comme https://myaccount.blob.core.windows.net.</translation>
    </message>
    <message>
        <source>The connection string has no AccountName (and no BlobEndpoint).</source>
        <translation>La chaîne de connexion n’a pas d’AccountName (ni de BlobEndpoint).</translation>
    </message>
    <message>
        <source>EndpointSuffix &apos;%1&apos; does not make a valid endpoint.</source>
        <translation>EndpointSuffix «&#xa0;%1&#xa0;» ne donne pas un point de terminaison valide.</translation>
    </message>
    <message>
        <source>The connection string has no AccountName, which Shared Key signing needs.</source>
        <translation>La chaîne de connexion n’a pas d’AccountName, nécessaire à la signature Shared Key.</translation>
    </message>
    <message>
        <source>The blob endpoint is not an http or https URL.</source>
        <translation>Le point de terminaison blob n’est pas une URL http ou https.</translation>
    </message>
    <message>
        <source>the account key</source>
        <translation>la clé du compte</translation>
    </message>
    <message>
        <source>the SAS token</source>
        <translation>le jeton SAS</translation>
    </message>
    <message>
        <source>Refused: %1 would be sent over plain HTTP to %2, where anyone on the network could read it. Use https (DefaultEndpointsProtocol=https or an https BlobEndpoint).</source>
        <translation>Refusé&#xa0;: %1 serait envoyé en HTTP non chiffré à %2, où n’importe qui sur le réseau pourrait le lire. Utilisez https (DefaultEndpointsProtocol=https ou un BlobEndpoint en https).</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <source>Storage account</source>
        <translation>Compte de stockage</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte&#xa0;:</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Point de terminaison&#xa0;:</translation>
    </message>
    <message>
        <source>Blob endpoint</source>
        <translation>Point de terminaison blob</translation>
    </message>
    <message>
        <source>Connection message</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <source>&amp;Containers:</source>
        <translation>&amp;Conteneurs&#xa0;:</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Shown while the page talks to the storage account</source>
        <translation>Affiché pendant que la page communique avec le compte de stockage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh the container list</source>
        <translation>Actualiser la liste des conteneurs</translation>
    </message>
    <message>
        <source>List the containers of the storage account again</source>
        <translation>Lister de nouveau les conteneurs du compte de stockage</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <source>The containers of the storage account; select the one to use</source>
        <translation>Les conteneurs du compte de stockage&#xa0;; sélectionnez celui à utiliser</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Ne&amp;w container:</source>
        <translation>&amp;Nouveau conteneur&#xa0;:</translation>
    </message>
    <message>
        <source>New container name</source>
        <translation>Nom du nouveau conteneur</translation>
    </message>
    <message>
        <source>Name of a container to create: 3 to 63 lowercase letters, digits and hyphens</source>
        <translation>Nom du conteneur à créer&#xa0;: de 3 à 63 lettres minuscules, chiffres et traits d’union</translation>
    </message>
    <message>
        <source>e.g. retraining-data</source>
        <translation>p. ex. donnees-reentrainement</translation>
    </message>
    <message>
        <source>Cr&amp;eate</source>
        <translation>Cré&amp;er</translation>
    </message>
    <message>
        <source>Create the container</source>
        <translation>Créer le conteneur</translation>
    </message>
    <message>
        <source>Create a container with this name in the storage account</source>
        <translation>Créer un conteneur de ce nom dans le compte de stockage</translation>
    </message>
    <message>
        <source>Create container message</source>
        <translation>Message de création du conteneur</translation>
    </message>
    <message>
        <source>Selected container</source>
        <translation>Conteneur sélectionné</translation>
    </message>
</context>
<context>
    <name>SubmitPage</name>
    <message>
        <source>Training data</source>
        <translation>Données d’entraînement</translation>
    </message>
    <message>
        <source>CSV fi&amp;le:</source>
        <translation>&amp;Fichier CSV&#xa0;:</translation>
    </message>
    <message>
        <source>Training data file</source>
        <translation>Fichier de données d’entraînement</translation>
    </message>
    <message>
        <source>Choose a CSV file or drop one here</source>
        <translation>Choisissez un fichier CSV ou déposez-le ici</translation>
    </message>
    <message>
        <source>Choose the training data file</source>
        <translation>Choisir le fichier de données d’entraînement</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Data check result</source>
        <translation>Résultat de la vérification des données</translation>
    </message>
    <message>
        <source>Problems found in the data</source>
        <translation>Problèmes trouvés dans les données</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Global parameters</source>
        <translation>Paramètres globaux</translation>
    </message>
    <message>
        <source>Global parameters of the retraining service</source>
        <translation>Paramètres globaux du service de réentraînement</translation>
    </message>
    <message>
        <source>Each row is a parameter with its value, which starts at the service&apos;s default and can be edited.</source>
        <translation>Chaque ligne est un paramètre avec sa valeur, qui part de la valeur par défaut du service et peut être modifiée.</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Give the job the account key instead of short-lived access signatures</source>
        <translation>Donner au travail la clé du compte au lieu de signatures d’accès de courte durée</translation>
    </message>
    <message>
        <source>Give the job the storage account &amp;key (connection string) instead of short-lived, least-privilege SAS</source>
        <translation>Donner au travail la &amp;clé du compte de stockage (chaîne de connexion) au lieu de SAS de courte durée aux droits minimaux</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Upload the data and submit the retraining job</source>
        <translation>Téléverser les données et soumettre le travail de réentraînement</translation>
    </message>
    <message>
        <source>&amp;Upload and submit</source>
        <translation>&amp;Téléverser et soumettre</translation>
    </message>
    <message>
        <source>Cancel the upload or the job</source>
        <translation>Annuler le téléversement ou le travail</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Elapsed time of the job</source>
        <translation>Durée écoulée du travail</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Progression du téléversement</translation>
    </message>
    <message>
        <source>Upload speed and time left</source>
        <translation>Vitesse de téléversement et temps restant</translation>
    </message>
    <message>
        <source>Job timeline</source>
        <translation>Chronologie du travail</translation>
    </message>
    <message>
        <source>Each line is a step of the job with the time it happened.</source>
        <translation>Chaque ligne est une étape du travail avec l’heure à laquelle elle a eu lieu.</translation>
    </message>
    <message>
        <source>Open a file dialog to choose the CSV file to train on</source>
        <translation>Ouvrir une boîte de dialogue pour choisir le fichier CSV sur lequel entraîner</translation>
    </message>
    <message>
        <source>Each problem found in the data, with its line and column; empty when the file is ready</source>
        <translation>Chaque problème trouvé dans les données, avec sa ligne et sa colonne&#xa0;; vide quand le fichier est prêt</translation>
    </message>
    <message>
        <source>Off by default: the job gets short-lived access signatures limited to its own files</source>
        <translation>Désactivé par défaut&#xa0;: le travail reçoit des signatures d’accès de courte durée limitées à ses propres fichiers</translation>
    </message>
    <message>
        <source>Upload the checked file and start the retraining job, then follow it</source>
        <translation>Téléverser le fichier vérifié et démarrer le travail de réentraînement, puis le suivre</translation>
    </message>
    <message>
        <source>Stop the upload, or ask the service to cancel the running job</source>
        <translation>Arrêter le téléversement, ou demander au service d’annuler le travail en cours</translation>
    </message>
</context>
<context>
    <name>UpdatePage</name>
    <message>
        <source>Sign in to Azure</source>
        <translation>Se connecter à Azure</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Se connecter &amp;avec&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Méthode de connexion</translation>
    </message>
    <message>
        <source>Client secret (service principal)</source>
        <translation>Secret client (principal de service)</translation>
    </message>
    <message>
        <source>Device code (your account, in a browser)</source>
        <translation>Code d’appareil (votre compte, dans un navigateur)</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client&#xa0;:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>From the keychain, or type it here</source>
        <translation>Depuis le trousseau, ou saisissez-le ici</translation>
    </message>
    <message>
        <source>Stay signed in on this computer (keeps a refresh token in the keychain)</source>
        <translation>Rester connecté sur cet ordinateur (conserve un jeton d’actualisation dans le trousseau)</translation>
    </message>
    <message>
        <source>Stay signed in on this computer</source>
        <translation>Rester connecté sur cet ordinateur</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>Code d’appareil</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Predictive web service</source>
        <translation>Service web prédictif</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Refresh list</source>
        <translation>Actualiser la &amp;liste</translation>
    </message>
    <message>
        <source>Refresh the list of web services</source>
        <translation>Actualiser la liste des services web</translation>
    </message>
    <message>
        <source>Web service list status</source>
        <translation>État de la liste des services web</translation>
    </message>
    <message>
        <source>New trained model</source>
        <translation>Nouveau modèle entraîné</translation>
    </message>
    <message>
        <source>Gate verdict of the evaluation</source>
        <translation>Verdict du critère de l’évaluation</translation>
    </message>
    <message>
        <source>Update check</source>
        <translation>Vérification de la mise à jour</translation>
    </message>
    <message>
        <source>Change to the definition:</source>
        <translation>Modification de la définition&#xa0;:</translation>
    </message>
    <message>
        <source>Change to the definition</source>
        <translation>Modification de la définition</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>I have checked the change above</source>
        <translation>J’ai vérifié la modification ci-dessus</translation>
    </message>
    <message>
        <source>Confirm the change</source>
        <translation>Confirmer la modification</translation>
    </message>
    <message>
        <source>Update even though the model did not pass the promotion gate</source>
        <translation>Mettre à jour même si le modèle n’a pas satisfait au critère de promotion</translation>
    </message>
    <message>
        <source>Override the failed promotion gate</source>
        <translation>Passer outre le critère de promotion non satisfait</translation>
    </message>
    <message>
        <source>Update service</source>
        <translation>Mettre à jour le service</translation>
    </message>
    <message>
        <source>Update the web service</source>
        <translation>Mettre à jour le service web</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop following the update</source>
        <translation>Arrêter de suivre la mise à jour</translation>
    </message>
    <message>
        <source>Progress of the update</source>
        <translation>Progression de la mise à jour</translation>
    </message>
    <message>
        <source>Result of the update</source>
        <translation>Résultat de la mise à jour</translation>
    </message>
    <message>
        <source>Smoke test result</source>
        <translation>Résultat du test de fumée</translation>
    </message>
    <message>
        <source>Rollback and history</source>
        <translation>Restauration et historique</translation>
    </message>
    <message>
        <source>Bac&amp;kup:</source>
        <translation>Sauve&amp;garde&#xa0;:</translation>
    </message>
    <message>
        <source>Backup to roll back to</source>
        <translation>Sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>R&amp;oll back to this backup</source>
        <translation>&amp;Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>Roll back to the chosen backup</source>
        <translation>Restaurer la sauvegarde choisie</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Show &amp;commands</source>
        <translation>Afficher les c&amp;ommandes</translation>
    </message>
    <message>
        <source>Show the equivalent commands</source>
        <translation>Afficher les commandes équivalentes</translation>
    </message>
    <message>
        <source>Save re&amp;port…</source>
        <translation>Enregistrer le ra&amp;pport…</translation>
    </message>
    <message>
        <source>Save a decision report</source>
        <translation>Enregistrer un rapport de décision</translation>
    </message>
    <message>
        <source>Commands and report status</source>
        <translation>État des commandes et du rapport</translation>
    </message>
    <message>
        <source>Equivalent commands</source>
        <translation>Commandes équivalentes</translation>
    </message>
    <message>
        <source>curl</source>
        <translation>curl</translation>
    </message>
    <message>
        <source>Commands as curl</source>
        <translation>Commandes curl</translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <source>Commands as PowerShell</source>
        <translation>Commandes PowerShell</translation>
    </message>
    <message>
        <source>Import a definition file</source>
        <translation>Importer un fichier de définition</translation>
    </message>
    <message>
        <source>Replace the service&apos;s definition with an Export-AzMlWebService file, after a backup</source>
        <translation>Remplacer la définition du service par un fichier d’Export-AzMlWebService, après une sauvegarde</translation>
    </message>
    <message>
        <source>Sign in with a service principal&apos;s client secret, or with your own account through a device code shown here</source>
        <translation>Se connecter avec le secret client d’un principal de service, ou avec votre propre compte par un code d’appareil affiché ici</translation>
    </message>
    <message>
        <source>Keep a refresh token in the system keychain so that the next start signs in by itself</source>
        <translation>Conserver un jeton d’actualisation dans le trousseau du système afin que le prochain démarrage se connecte tout seul</translation>
    </message>
    <message>
        <source>Sign in to Azure Resource Manager with the chosen method</source>
        <translation>Se connecter à Azure Resource Manager avec la méthode choisie</translation>
    </message>
    <message>
        <source>Stop waiting for the sign-in</source>
        <translation>Arrêter d’attendre la connexion</translation>
    </message>
    <message>
        <source>The predictive web services of the subscription and resource group; the one to point at the new model</source>
        <translation>Les services web prédictifs de l’abonnement et du groupe de ressources&#xa0;; celui à faire pointer vers le nouveau modèle</translation>
    </message>
    <message>
        <source>List the web services again</source>
        <translation>Lister de nouveau les services web</translation>
    </message>
    <message>
        <source>The change to the web service definition, line by line</source>
        <translation>La modification de la définition du service web, ligne par ligne</translation>
    </message>
    <message>
        <source>Confirm the change shown above before it is made</source>
        <translation>Confirmer la modification affichée ci-dessus avant qu’elle soit appliquée</translation>
    </message>
    <message>
        <source>Update although the new model failed the promotion gate</source>
        <translation>Mettre à jour bien que le nouveau modèle n’ait pas satisfait au critère de promotion</translation>
    </message>
    <message>
        <source>Back up the definition, point the service at the new model, read it back and test it</source>
        <translation>Sauvegarder la définition, faire pointer le service vers le nouveau modèle, le relire et le tester</translation>
    </message>
    <message>
        <source>Stop following the update; the service may still change</source>
        <translation>Arrêter de suivre la mise à jour&#xa0;; le service peut encore changer</translation>
    </message>
    <message>
        <source>Each step of the update or rollback with the time it happened</source>
        <translation>Chaque étape de la mise à jour ou de la restauration avec l’heure à laquelle elle a eu lieu</translation>
    </message>
    <message>
        <source>The saved definitions of this service, one per update or rollback</source>
        <translation>Les définitions enregistrées de ce service, une par mise à jour ou restauration</translation>
    </message>
    <message>
        <source>Point the service back at the model of the chosen backup, through the same checks</source>
        <translation>Refaire pointer le service vers le modèle de la sauvegarde choisie, avec les mêmes vérifications</translation>
    </message>
    <message>
        <source>Import &amp;definition…</source>
        <translation>Importer une &amp;définition…</translation>
    </message>
    <message>
        <source>The jobs, evaluations, updates and rollbacks of this service</source>
        <translation>Les travaux, évaluations, mises à jour et restaurations de ce service</translation>
    </message>
    <message>
        <source>Show the same steps as REST calls and as PowerShell cmdlets</source>
        <translation>Afficher les mêmes étapes sous forme d’appels REST et d’applets de commande PowerShell</translation>
    </message>
    <message>
        <source>Save the decision report as HTML or PDF</source>
        <translation>Enregistrer le rapport de décision en HTML ou PDF</translation>
    </message>
    <message>
        <source>The equivalent commands as curl and as PowerShell</source>
        <translation>Les commandes équivalentes en curl et en PowerShell</translation>
    </message>
    <message>
        <source>The equivalent REST calls as curl commands, secrets left out</source>
        <translation>Les appels REST équivalents sous forme de commandes curl, sans les secrets</translation>
    </message>
    <message>
        <source>The equivalent PowerShell cmdlets, with -ServiceUpdates</source>
        <translation>Les applets de commande PowerShell équivalentes, avec -ServiceUpdates</translation>
    </message>
</context>
<context>
    <name>WorkspaceTarget</name>
    <message>
        <source>The profile names no Azure Machine Learning workspace (set workspace).</source>
        <translation>Le profil ne nomme aucun espace de travail Azure Machine Learning (définissez workspace).</translation>
    </message>
    <message>
        <source>The workspace name &apos;%1&apos; is not valid.</source>
        <translation>Le nom d’espace de travail «&#xa0;%1&#xa0;» n’est pas valide.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Interrupted. Run the same command again to resume the upload where it stopped.</source>
        <translation>Interrompu. Relancez la même commande pour reprendre le téléversement là où il s’est arrêté.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrompu.</translation>
    </message>
    <message>
        <source>ML Retrain Wizard</source>
        <translation>Assistant de réentraînement ML</translation>
    </message>
    <message>
        <source>Retrain and redeploy an Azure Machine Learning Studio (classic) model.</source>
        <translation>Réentraîner et redéployer un modèle Azure Machine Learning Studio (classique).</translation>
    </message>
    <message>
        <source>Open on the connection profile &lt;name&gt;.</source>
        <translation>Ouvrir sur le profil de connexion &lt;name&gt;.</translation>
    </message>
    <message>
        <source>Keep connection profiles in the INI file &lt;file&gt;.</source>
        <translation>Conserver les profils de connexion dans le fichier INI &lt;file&gt;.</translation>
    </message>
    <message>
        <source>Open on the step &lt;page&gt;: credentials, storage, submit, evaluate or update.</source>
        <translation>Ouvrir sur l’étape &lt;page&gt;&#xa0;: credentials, storage, submit, evaluate ou update.</translation>
    </message>
    <message>
        <source>Render each page (or only --page) to &lt;dir&gt;/&lt;page&gt;.png, then quit.</source>
        <translation>Rendre chaque page (ou seulement --page) dans &lt;dir&gt;/&lt;page&gt;.png, puis quitter.</translation>
    </message>
    <message>
        <source>no profile named “%1”</source>
        <translation>aucun profil nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown page “%1”</source>
        <translation>page inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown command</source>
        <translation>commande inconnue</translation>
    </message>
    <message>
        <source>--language must be system, en or fr</source>
        <translation>--language doit valoir system, en ou fr</translation>
    </message>
    <message>
        <source>Use the language &lt;lang&gt; for this run: system, en or fr.</source>
        <translation>Utiliser la langue &lt;lang&gt; pour cette exécution&#xa0;: system, en ou fr.</translation>
    </message>
    <message>
        <source>Draw the wizard in the colour scheme &lt;scheme&gt;: system, light or dark.</source>
        <translation>Dessiner l’assistant avec le jeu de couleurs &lt;scheme&gt;&#xa0;: system, light ou dark.</translation>
    </message>
    <message>
        <source>Open with the retraining job &lt;id&gt; of the job journal.</source>
        <translation>Ouvrir avec le travail de réentraînement &lt;id&gt; du journal des travaux.</translation>
    </message>
    <message>
        <source>--color-scheme must be system, light or dark</source>
        <translation>--color-scheme doit valoir system, light ou dark</translation>
    </message>
    <message>
        <source>no job “%1” in the job journal</source>
        <translation>aucun travail «&#xa0;%1&#xa0;» dans le journal des travaux</translation>
    </message>
</context>
<context>
    <name>mlr::BlobDownloadJob</name>
    <message>
        <source>Downloading %1/%2 to &apos;%3&apos;</source>
        <translation>Téléchargement de %1/%2 vers «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>The blob name is empty.</source>
        <translation>Le nom du blob est vide.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; cannot be written: %2</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>the blob&apos;s properties have no valid Content-Length</source>
        <translation>les propriétés du blob n’ont pas de Content-Length valide</translation>
    </message>
    <message>
        <source>a part of the blob arrived with %1 bytes instead of %2</source>
        <translation>une partie du blob est arrivée avec %1 octets au lieu de %2</translation>
    </message>
    <message>
        <source>Writing &apos;%1&apos; failed: %2</source>
        <translation>L’écriture de «&#xa0;%1&#xa0;» a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>the downloaded data has MD5 &apos;%1&apos; but the blob&apos;s Content-MD5 is &apos;%2&apos;. The file was not saved.</source>
        <translation>les données téléchargées ont le MD5 «&#xa0;%1&#xa0;» mais le Content-MD5 du blob est «&#xa0;%2&#xa0;». Le fichier n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>Saving &apos;%1&apos; failed: %2</source>
        <translation>L’enregistrement de «&#xa0;%1&#xa0;» a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>mlr::BlobListJob</name>
    <message>
        <source>Listing blobs in container &apos;%1&apos;</source>
        <translation>Liste des blobs du conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>mlr::BlobService</name>
    <message>
        <source>The container name is empty. Use 3 to 63 lowercase letters, digits and hyphens.</source>
        <translation>Le nom du conteneur est vide. Utilisez de 3 à 63 lettres minuscules, chiffres et traits d’union.</translation>
    </message>
    <message>
        <source>The container name &apos;%1&apos; is too short: use 3 to 63 characters.</source>
        <translation>Le nom du conteneur «&#xa0;%1&#xa0;» est trop court&#xa0;: utilisez de 3 à 63 caractères.</translation>
    </message>
    <message>
        <source>The container name is too long (%1 characters): use 3 to 63 characters.</source>
        <translation>Le nom du conteneur est trop long (%1 caractères)&#xa0;: utilisez de 3 à 63 caractères.</translation>
    </message>
    <message>
        <source>The container name &apos;%1&apos; has an uppercase letter: use lowercase letters only.</source>
        <translation>Le nom du conteneur «&#xa0;%1&#xa0;» contient une majuscule&#xa0;: utilisez uniquement des minuscules.</translation>
    </message>
    <message>
        <source>The container name &apos;%1&apos; has the character &apos;%2&apos;: use only lowercase letters, digits and hyphens.</source>
        <translation>Le nom du conteneur «&#xa0;%1&#xa0;» contient le caractère «&#xa0;%2&#xa0;»&#xa0;: utilisez uniquement des lettres minuscules, des chiffres et des traits d’union.</translation>
    </message>
    <message>
        <source>The container name &apos;%1&apos; must start with a letter or a digit, not a hyphen.</source>
        <translation>Le nom du conteneur «&#xa0;%1&#xa0;» doit commencer par une lettre ou un chiffre, pas par un trait d’union.</translation>
    </message>
    <message>
        <source>The container name &apos;%1&apos; must end with a letter or a digit, not a hyphen.</source>
        <translation>Le nom du conteneur «&#xa0;%1&#xa0;» doit finir par une lettre ou un chiffre, pas par un trait d’union.</translation>
    </message>
    <message>
        <source>The container name &apos;%1&apos; has two hyphens in a row: use single hyphens.</source>
        <translation>Le nom du conteneur «&#xa0;%1&#xa0;» contient deux traits d’union consécutifs&#xa0;: utilisez des traits d’union isolés.</translation>
    </message>
</context>
<context>
    <name>mlr::BlobUploadJob</name>
    <message>
        <source>Uploading &apos;%1&apos; to %2/%3</source>
        <translation>Téléversement de «&#xa0;%1&#xa0;» vers %2/%3</translation>
    </message>
    <message>
        <source>The blob name is empty.</source>
        <translation>Le nom du blob est vide.</translation>
    </message>
    <message>
        <source>No file was chosen to upload.</source>
        <translation>Aucun fichier n’a été choisi pour le téléversement.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; does not exist.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; is too large for a block blob.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est trop volumineux pour un objet blob de blocs.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; cannot be read: %2</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; could not be read: %2</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>after the upload the blob has %1 bytes and MD5 &apos;%2&apos;, but the file has %3 bytes and MD5 &apos;%4&apos;. Upload it again.</source>
        <translation>après le téléversement, le blob a %1 octets et le MD5 «&#xa0;%2&#xa0;», mais le fichier a %3 octets et le MD5 «&#xa0;%4&#xa0;». Téléversez-le de nouveau.</translation>
    </message>
</context>
<context>
    <name>mlr::BlockReader</name>
    <message>
        <source>the file became shorter while it was being uploaded</source>
        <translation>le fichier a raccourci pendant son téléversement</translation>
    </message>
</context>
<context>
    <name>mlr::ContainerCreateJob</name>
    <message>
        <source>Creating container &apos;%1&apos;</source>
        <translation>Création du conteneur «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>mlr::ContainerListJob</name>
    <message>
        <source>Listing containers</source>
        <translation>Liste des conteneurs</translation>
    </message>
</context>
<context>
    <name>mlr::SecretBatchJob</name>
    <message>
        <source>the secret store was closed</source>
        <translation>le magasin de secrets a été fermé</translation>
    </message>
    <message>
        <source>A profile name is needed.</source>
        <translation>Un nom de profil est nécessaire.</translation>
    </message>
</context>
<context>
    <name>mlr::SecretJob</name>
    <message>
        <source>Reading the %1 of profile &apos;%2&apos;</source>
        <translation>Lecture d’un secret du profil «&#xa0;%2&#xa0;» (%1)</translation>
    </message>
    <message>
        <source>Saving the %1 of profile &apos;%2&apos;</source>
        <translation>Enregistrement d’un secret du profil «&#xa0;%2&#xa0;» (%1)</translation>
    </message>
    <message>
        <source>Deleting the %1 of profile &apos;%2&apos;</source>
        <translation>Suppression d’un secret du profil «&#xa0;%2&#xa0;» (%1)</translation>
    </message>
    <message>
        <source>the secret store was closed</source>
        <translation>le magasin de secrets a été fermé</translation>
    </message>
    <message>
        <source>A profile name is needed.</source>
        <translation>Un nom de profil est nécessaire.</translation>
    </message>
    <message>
        <source>access was denied</source>
        <translation>l’accès a été refusé</translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s)</source>
        <translation>
            <numerusform>le trousseau n’a pas répondu en moins de %n seconde</numerusform>
            <numerusform>le trousseau n’a pas répondu en moins de %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>; the value is kept for this session only</source>
        <translation>&#xa0;; la valeur n’est conservée que pour cette session</translation>
    </message>
</context>
<context>
    <name>mlr::SecretKind</name>
    <message>
        <source>storage account key</source>
        <translation>clé du compte de stockage</translation>
    </message>
    <message>
        <source>storage SAS token</source>
        <translation>jeton SAS du stockage</translation>
    </message>
    <message>
        <source>retraining service API key</source>
        <translation>clé d’API du service de réentraînement</translation>
    </message>
    <message>
        <source>predictive service API key</source>
        <translation>clé d’API du service prédictif</translation>
    </message>
    <message>
        <source>Azure client secret</source>
        <translation>secret client Azure</translation>
    </message>
    <message>
        <source>Azure sign-in (refresh token)</source>
        <translation>connexion Azure (jeton d’actualisation)</translation>
    </message>
</context>
<context>
    <name>mlr::SecretStore</name>
    <message>
        <source>The system keychain is not available (%1). Secrets are kept for this session only and will have to be entered again next time.</source>
        <translation>Le trousseau du système n’est pas disponible (%1). Les secrets ne sont conservés que pour cette session et devront être saisis de nouveau la prochaine fois.</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>erreur %1</translation>
    </message>
    <message>
        <source>MLR_KEYCHAIN=session is set, so secrets are kept for this session only and never saved.</source>
        <translation>MLR_KEYCHAIN=session est défini&#xa0;: les secrets ne sont conservés que pour cette session et jamais enregistrés.</translation>
    </message>
</context>
<context>
    <name>mlr::StorageAccountResolver</name>
    <message>
        <source>Profile &apos;%1&apos; has no storage endpoint: set its storage account name (or blob endpoint).</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n’a pas de point de terminaison de stockage&#xa0;: définissez le nom de son compte de stockage (ou son point de terminaison blob).</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; has no storage account key or SAS in the keychain: store one (accountKey or sas), or give a connection string.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n’a ni clé de compte de stockage ni SAS dans le trousseau&#xa0;: enregistrez-en une (accountKey ou sas), ou indiquez une chaîne de connexion.</translation>
    </message>
    <message>
        <source>The storage account key stored for profile &apos;%1&apos; is not valid base64. Store the whole key (it usually ends with &apos;==&apos;) again.</source>
        <translation>La clé du compte de stockage enregistrée pour le profil «&#xa0;%1&#xa0;» n’est pas du base64 valide. Enregistrez de nouveau la clé entière (elle se termine généralement par «&#xa0;==&#xa0;»).</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; has no storage account name, which Shared Key signing needs.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n’a pas de nom de compte de stockage, nécessaire à la signature Shared Key.</translation>
    </message>
    <message>
        <source>the given connection string</source>
        <translation>la chaîne de connexion indiquée</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;</source>
        <translation>le profil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No storage account: give a connection string or choose a profile.</source>
        <translation>Aucun compte de stockage&#xa0;: indiquez une chaîne de connexion ou choisissez un profil.</translation>
    </message>
    <message>
        <source>no secret store to read the profile&apos;s secrets from</source>
        <translation>aucun magasin de secrets où lire les secrets du profil</translation>
    </message>
    <message>
        <source>Reading the secrets of profile &apos;%1&apos;</source>
        <translation>Lecture des secrets du profil «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>mlr::StorageJob</name>
    <message>
        <source>No network access manager was given to the storage client.</source>
        <translation>Aucun gestionnaire d’accès réseau n’a été fourni au client de stockage.</translation>
    </message>
</context>
<context>
    <name>mlr::arm</name>
    <message>
        <source>it is empty.</source>
        <translation>il est vide.</translation>
    </message>
    <message>
        <source>it must hold one JSON object ({...}) describing a web service.</source>
        <translation>il doit contenir un seul objet JSON ({...}) décrivant un service web.</translation>
    </message>
    <message>
        <source>it has no &quot;properties&quot; object, so it is not a web service definition.</source>
        <translation>il n’a pas d’objet &quot;properties&quot;&#xa0;: ce n’est donc pas une définition de service web.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a training (retraining) web service: its outputs include a trained model. Update its predictive web service instead.</source>
        <translation>«&#xa0;%1&#xa0;» est un service web d’entraînement (réentraînement)&#xa0;: ses sorties comprennent un modèle entraîné. Mettez plutôt à jour son service web prédictif.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no [trained model] asset, so there is no model to replace. Is it the predictive web service?</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de ressource [trained model]&#xa0;: il n’y a donc aucun modèle à remplacer. Est-ce bien le service web prédictif&#xa0;?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is read-only: it can no longer be updated, only deleted.</source>
        <translation>«&#xa0;%1&#xa0;» est en lecture seule&#xa0;: il ne peut plus être mis à jour, seulement supprimé.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; keeps its definition in blob storage (payloadsInBlobStorage), which this tool cannot edit.</source>
        <translation>«&#xa0;%1&#xa0;» conserve sa définition dans le stockage blob (payloadsInBlobStorage), que cet outil ne peut pas modifier.</translation>
    </message>
    <message>
        <source>An operation on &apos;%1&apos; is still running (Provisioning); try again when it has finished.</source>
        <translation>Une opération sur «&#xa0;%1&#xa0;» est toujours en cours (Provisioning)&#xa0;; réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>The last operation on &apos;%1&apos; failed (state Failed).</source>
        <translation>La dernière opération sur «&#xa0;%1&#xa0;» a échoué (état Failed).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no trained model asset &apos;%2&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de ressource de modèle entraîné «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 trained model assets: choose one of %3.</source>
        <translation>«&#xa0;%1&#xa0;» a %2 ressources de modèle entraîné&#xa0;: choisissez-en une parmi %3.</translation>
    </message>
    <message>
        <source>The new model location &apos;%1&apos; is not an http(s) blob URL.</source>
        <translation>Le nouvel emplacement du modèle «&#xa0;%1&#xa0;» n’est pas une URL de blob http(s).</translation>
    </message>
    <message>
        <source>The new model location &apos;%1&apos; is not an .ilearner trained model.</source>
        <translation>Le nouvel emplacement du modèle «&#xa0;%1&#xa0;» n’est pas un modèle entraîné .ilearner.</translation>
    </message>
    <message>
        <source>The new model is in storage account &apos;%1&apos;, but the web service uses &apos;%2&apos;: the service may not be able to read it.</source>
        <translation>Le nouveau modèle est dans le compte de stockage «&#xa0;%1&#xa0;», mais le service web utilise «&#xa0;%2&#xa0;»&#xa0;: le service risque de ne pas pouvoir le lire.</translation>
    </message>
    <message>
        <source>The asset already points at this model.</source>
        <translation>La ressource pointe déjà vers ce modèle.</translation>
    </message>
    <message>
        <source>The backup of the definition could not be written to %1: %2</source>
        <translation>La sauvegarde de la définition n’a pas pu être écrite dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no backup folder was given.</source>
        <translation>aucun dossier de sauvegarde n’a été indiqué.</translation>
    </message>
    <message>
        <source>the folder cannot be created.</source>
        <translation>le dossier ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation>La sauvegarde %1 ne peut pas être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>The backup %1 has no [trained model] asset.</source>
        <translation>La sauvegarde %1 n’a pas de ressource [trained model].</translation>
    </message>
    <message>
        <source>The backup %1 has no single trained model asset to restore; name the asset.</source>
        <translation>La sauvegarde %1 n’a pas une seule ressource de modèle entraîné à restaurer&#xa0;; indiquez la ressource.</translation>
    </message>
</context>
<context>
    <name>mlr::arm::ArmOperation</name>
    <message>
        <source>Web service &apos;%1&apos; was not found in resource group &apos;%2&apos; of subscription %3. Check the name and the resource group</source>
        <translation>Le service web «&#xa0;%1&#xa0;» est introuvable dans le groupe de ressources «&#xa0;%2&#xa0;» de l’abonnement %3. Vérifiez le nom et le groupe de ressources</translation>
    </message>
    <message>
        <source>Azure Resource Manager pointed to %1, which is not %2: the sign-in token was not sent there.</source>
        <translation>Azure Resource Manager a renvoyé vers %1, qui n’est pas %2&#xa0;: le jeton de connexion n’y a pas été envoyé.</translation>
    </message>
    <message>
        <source>You are not signed in to Azure.</source>
        <translation>Vous n’êtes pas connecté à Azure.</translation>
    </message>
    <message>
        <source>%1: Azure did not accept the sign-in, even after renewing it. Sign in again, and check that the account has access to the subscription</source>
        <translation>%1&#xa0;: Azure n’a pas accepté la connexion, même après son renouvellement. Reconnectez-vous et vérifiez que le compte a accès à l’abonnement</translation>
    </message>
    <message>
        <source>%1: the Azure sign-in expired and could not be renewed</source>
        <translation>%1&#xa0;: la connexion Azure a expiré et n’a pas pu être renouvelée</translation>
    </message>
    <message>
        <source>%1: the Azure sign-in expired and could not be renewed (%2)</source>
        <translation>%1&#xa0;: la connexion Azure a expiré et n’a pas pu être renouvelée (%2)</translation>
    </message>
    <message>
        <source>the definition names another storage account than the service&apos;s; a web service&apos;s storage account cannot be changed (was the file exported from another service?)</source>
        <translation>la définition désigne un autre compte de stockage que celui du service&#xa0;; le compte de stockage d’un service web ne peut pas être changé (le fichier a-t-il été exporté depuis un autre service&#xa0;?)</translation>
    </message>
    <message>
        <source>the web service is read-only: it can no longer be updated, only deleted</source>
        <translation>le service web est en lecture seule&#xa0;: il ne peut plus être mis à jour, seulement supprimé</translation>
    </message>
    <message>
        <source>another operation on this web service is still running; try again when it has finished</source>
        <translation>une autre opération sur ce service web est toujours en cours&#xa0;; réessayez quand elle sera terminée</translation>
    </message>
    <message>
        <source>creating or replacing a service needs properties.commitmentPlan.id, which exported definitions do not carry</source>
        <translation>créer ou remplacer un service nécessite properties.commitmentPlan.id, que les définitions exportées ne contiennent pas</translation>
    </message>
    <message>
        <source>the commitment plan of a web service cannot be changed</source>
        <translation>le plan d’engagement d’un service web ne peut pas être changé</translation>
    </message>
    <message>
        <source>the definition&apos;s location is missing or differs from the service&apos;s</source>
        <translation>l’emplacement de la définition est absent ou diffère de celui du service</translation>
    </message>
    <message>
        <source>%1: Azure refused the sign-in&apos;s token because it is for another service (its audience); a token for Azure Resource Manager is needed</source>
        <translation>%1&#xa0;: Azure a refusé le jeton de connexion parce qu’il est destiné à un autre service (son audience)&#xa0;; un jeton pour Azure Resource Manager est nécessaire</translation>
    </message>
</context>
<context>
    <name>mlr::arm::ClassicEndpointGetJob</name>
    <message>
        <source>Reading endpoint &apos;%1&apos;</source>
        <translation>Lecture du point de terminaison «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>mlr::arm::ClassicEndpointUpdateJob</name>
    <message>
        <source>Updating endpoint &apos;%1&apos;</source>
        <translation>Mise à jour du point de terminaison «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: this is the training web service, which has no trained model to replace; update the predictive one</source>
        <translation>%1&#xa0;: c’est le service web d’entraînement, qui n’a pas de modèle entraîné à remplacer&#xa0;; mettez à jour le service prédictif</translation>
    </message>
    <message>
        <source>The endpoint was updated but could not be read back</source>
        <translation>Le point de terminaison a été mis à jour mais n’a pas pu être relu</translation>
    </message>
    <message>
        <source>The endpoint accepted the update, but after %1 s it still uses %2 instead of %3: the change did not take effect.</source>
        <translation>Le point de terminaison a accepté la mise à jour, mais après %1&#xa0;s il utilise toujours %2 au lieu de %3&#xa0;: la modification n’a pas pris effet.</translation>
    </message>
</context>
<context>
    <name>mlr::arm::ClientSecretSignIn</name>
    <message>
        <source>No client secret is set for application %1.</source>
        <translation>Aucun secret client n’est défini pour l’application %1.</translation>
    </message>
</context>
<context>
    <name>mlr::arm::Commands</name>
    <message>
        <source>Sign in to Azure</source>
        <translation>Se connecter à Azure</translation>
    </message>
    <message>
        <source>Read the web service</source>
        <translation>Lire le service web</translation>
    </message>
    <message>
        <source>Back up the definition</source>
        <translation>Sauvegarder la définition</translation>
    </message>
    <message>
        <source>Point the trained model asset at the new model</source>
        <translation>Faire pointer la ressource de modèle entraîné vers le nouveau modèle</translation>
    </message>
    <message>
        <source>Wait for the operation to finish</source>
        <translation>Attendre la fin de l’opération</translation>
    </message>
    <message>
        <source>Read the web service back and check the model</source>
        <translation>Relire le service web et vérifier le modèle</translation>
    </message>
</context>
<context>
    <name>mlr::arm::DefinitionDiff</name>
    <message>
        <source>(no changes)</source>
        <translation>(aucune modification)</translation>
    </message>
</context>
<context>
    <name>mlr::arm::DeviceCodeSignIn</name>
    <message>
        <source>Signing in to Azure</source>
        <translation>Connexion à Azure</translation>
    </message>
    <message>
        <source>The sign-in code %1 expired before it was used. Start the sign-in again.</source>
        <translation>Le code de connexion %1 a expiré avant d’être utilisé. Recommencez la connexion.</translation>
    </message>
    <message>
        <source>Signing in to Azure failed: the sign-in code %1 expired before it was used. Start the sign-in again</source>
        <translation>La connexion à Azure a échoué&#xa0;: le code de connexion %1 a expiré avant d’être utilisé. Recommencez la connexion</translation>
    </message>
    <message>
        <source>Signing in to Azure failed: the sign-in was declined in the browser</source>
        <translation>La connexion à Azure a échoué&#xa0;: la connexion a été refusée dans le navigateur</translation>
    </message>
    <message>
        <source>Signing in to Azure failed: the service does not know the sign-in code. Start the sign-in again</source>
        <translation>La connexion à Azure a échoué&#xa0;: le service ne connaît pas le code de connexion. Recommencez la connexion</translation>
    </message>
</context>
<context>
    <name>mlr::arm::GuardedUpdateJob</name>
    <message>
        <source>Scoring sample rows (smoke test)</source>
        <translation>Notation des lignes d’exemple (test de fumée)</translation>
    </message>
    <message>
        <source>Scoring the sample rows again (smoke test)</source>
        <translation>Nouvelle notation des lignes d’exemple (test de fumée)</translation>
    </message>
    <message>
        <source>The smoke test after the change failed: %1</source>
        <translation>Le test de fumée après la modification a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The smoke test cannot be compared: %1</source>
        <translation>Le test de fumée ne peut pas être comparé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The service fails to score the sample rows with the new model (%1), and it cannot be rolled back automatically: %2 Roll back by hand.</source>
        <translation>Le service ne parvient pas à noter les lignes d’exemple avec le nouveau modèle (%1), et il ne peut pas être restauré automatiquement&#xa0;: %2 Restaurez-le à la main.</translation>
    </message>
    <message>
        <source>The service fails to score the sample rows with the new model: rolling back to %1</source>
        <translation>Le service ne parvient pas à noter les lignes d’exemple avec le nouveau modèle&#xa0;: restauration de %1</translation>
    </message>
    <message>
        <source>The service failed to score the sample rows after the change (%1), so it was rolled back automatically: it uses %2 again.</source>
        <translation>Le service n’a pas pu noter les lignes d’exemple après la modification (%1)&#xa0;: il a donc été restauré automatiquement et utilise de nouveau %2.</translation>
    </message>
    <message>
        <source>The service fails to score the sample rows after the change (%1), and the automatic rollback did not complete: %2 Roll back with the backup %3.</source>
        <translation>Le service ne parvient pas à noter les lignes d’exemple après la modification (%1), et la restauration automatique n’a pas abouti&#xa0;: %2 Restaurez-le avec la sauvegarde %3.</translation>
    </message>
</context>
<context>
    <name>mlr::arm::LroFollower</name>
    <message>
        <source>the Azure-AsyncOperation header is not a valid URL</source>
        <translation>l’en-tête Azure-AsyncOperation n’est pas une URL valide</translation>
    </message>
    <message>
        <source>the Location header is not a valid URL</source>
        <translation>l’en-tête Location n’est pas une URL valide</translation>
    </message>
    <message>
        <source>The operation was still &apos;%1&apos; after %2 s; its outcome is unknown. Check the state of the resource later.</source>
        <translation>L’opération était toujours «&#xa0;%1&#xa0;» après %2&#xa0;s&#xa0;; son résultat est inconnu. Vérifiez l’état de la ressource plus tard.</translation>
    </message>
    <message>
        <source>The operation ended &apos;%1&apos; without saying why.</source>
        <translation>L’opération s’est terminée «&#xa0;%1&#xa0;» sans en donner la raison.</translation>
    </message>
    <message>
        <source>The operation ended &apos;%1&apos;: %2</source>
        <translation>L’opération s’est terminée «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>mlr::arm::ModelSource</name>
    <message>
        <source>it names no trained model.</source>
        <translation>elle ne nomme aucun modèle entraîné.</translation>
    </message>
    <message>
        <source>it names the model the service uses now.</source>
        <translation>elle nomme le modèle que le service utilise actuellement.</translation>
    </message>
    <message>
        <source>its model %1 does not exist.</source>
        <translation>son modèle %1 n’existe pas.</translation>
    </message>
    <message>
        <source>its model has the same bytes as the model the service uses now.</source>
        <translation>son modèle a les mêmes octets que le modèle que le service utilise actuellement.</translation>
    </message>
    <message>
        <source>No backup of %1 in %2.</source>
        <translation>Aucune sauvegarde de %1 dans %2.</translation>
    </message>
    <message>
        <source>No backup of %1 is a way back: %2</source>
        <translation>Aucune sauvegarde de %1 ne permet de revenir en arrière&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> et %1 de plus</translation>
    </message>
    <message>
        <source>two-class classification</source>
        <translation>classification à deux classes</translation>
    </message>
    <message>
        <source>multiclass classification</source>
        <translation>classification multiclasse</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>régression</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Job %1 failed, so it has no trained model to deploy%2. Fix what made it fail and run a new retraining job.</source>
        <translation>Le travail %1 a échoué%2&#xa0;: il n’a donc aucun modèle entraîné à déployer. Corrigez la cause de l’échec et lancez un nouveau travail de réentraînement.</translation>
    </message>
    <message>
        <source> (the service said: %1)</source>
        <translation> (le service a répondu&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Job %1 was cancelled, so it has no trained model to deploy. Run a new retraining job.</source>
        <translation>Le travail %1 a été annulé&#xa0;: il n’a donc aucun modèle entraîné à déployer. Lancez un nouveau travail de réentraînement.</translation>
    </message>
    <message>
        <source>Job %1 has not finished (it is %2): its trained model is not ready. Wait for it to finish, then update.</source>
        <translation>Le travail %1 n’est pas terminé (il est %2)&#xa0;: son modèle entraîné n’est pas prêt. Attendez qu’il se termine, puis mettez à jour.</translation>
    </message>
    <message>
        <source>Job %1 was trained by &apos;%2&apos;, whose predictive service is &apos;%3&apos; (profile &apos;%4&apos;), not &apos;%5&apos;: its model belongs to another service pair. Update &apos;%3&apos; with it, or use a job of &apos;%5&apos;&apos;s own training service.</source>
        <translation>Le travail %1 a été entraîné par «&#xa0;%2&#xa0;», dont le service prédictif est «&#xa0;%3&#xa0;» (profil «&#xa0;%4&#xa0;»), et non «&#xa0;%5&#xa0;»&#xa0;: son modèle appartient à une autre paire de services. Mettez à jour «&#xa0;%3&#xa0;» avec lui, ou utilisez un travail du service de réentraînement propre à «&#xa0;%5&#xa0;».</translation>
    </message>
    <message>
        <source>Use a job of &apos;%1&apos;&apos;s own training service.</source>
        <translation>Utilisez un travail du service de réentraînement propre à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Job %1 trained a %2 model (training service &apos;%3&apos;), but &apos;%4&apos; serves a %5 model: every scoring request would fail. %6</source>
        <translation>Le travail %1 a entraîné un modèle de %2 (service de réentraînement «&#xa0;%3&#xa0;»), mais «&#xa0;%4&#xa0;» sert un modèle de %5&#xa0;: chaque demande de notation échouerait. %6</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 in training and %3 in &apos;%4&apos;</source>
        <translation>«&#xa0;%1&#xa0;» est %2 à l’entraînement et %3 dans «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>the model needs %1, which &apos;%2&apos; does not take</source>
        <translation>le modèle a besoin de %1, que «&#xa0;%2&#xa0;» ne reçoit pas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes %2, which the model was not trained on</source>
        <translation>«&#xa0;%1&#xa0;» reçoit %2, sur lesquelles le modèle n’a pas été entraîné</translation>
    </message>
    <message>
        <source>The input schema of &apos;%1&apos; does not match the columns job %2 was trained on (training service &apos;%3&apos;): %4. %5</source>
        <translation>Le schéma d’entrée de «&#xa0;%1&#xa0;» ne correspond pas aux colonnes sur lesquelles le travail %2 a été entraîné (service de réentraînement «&#xa0;%3&#xa0;»)&#xa0;: %4. %5</translation>
    </message>
    <message>
        <source>Job %1 predicts &apos;%2&apos; (%3), but &apos;%4&apos; answers labels of type %5. %6</source>
        <translation>Le travail %1 prédit «&#xa0;%2&#xa0;» (%3), mais «&#xa0;%4&#xa0;» répond des étiquettes de type %5. %6</translation>
    </message>
    <message>
        <source>The trained model of job %1 does not exist: there is no blob %2. Check the job&apos;s outputs, or run a new retraining job.</source>
        <translation>Le modèle entraîné du travail %1 n’existe pas&#xa0;: il n’y a pas de blob %2. Vérifiez les sorties du travail, ou lancez un nouveau travail de réentraînement.</translation>
    </message>
    <message>
        <source>The trained model of job %1 (%2) could not be checked: %3 Nothing is changed without knowing that the model exists.</source>
        <translation>Le modèle entraîné du travail %1 (%2) n’a pas pu être vérifié&#xa0;: %3 Rien n’est modifié sans savoir que le modèle existe.</translation>
    </message>
    <message>
        <source>The trained model of job %1 could not be checked: there is no storage account to read it with. Give the profile&apos;s storage credentials, then update.</source>
        <translation>Le modèle entraîné du travail %1 n’a pas pu être vérifié&#xa0;: aucun compte de stockage ne permet de le lire. Indiquez les identifiants de stockage du profil, puis mettez à jour.</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>The schema of job %1&apos;s training service &apos;%2&apos; could not be compared with &apos;%3&apos;: %4</source>
        <translation>Le schéma du service de réentraînement «&#xa0;%2&#xa0;» du travail %1 n’a pas pu être comparé à «&#xa0;%3&#xa0;»&#xa0;: %4</translation>
    </message>
    <message>
        <source>Job %1&apos;s training service &apos;%2&apos; could not be read (%3), and the job&apos;s profile does not name &apos;%4&apos; as its predictive service: nothing shows that the model fits &apos;%4&apos;. Use a job of &apos;%4&apos;&apos;s own training service.</source>
        <translation>Le service de réentraînement «&#xa0;%2&#xa0;» du travail %1 n’a pas pu être lu (%3), et le profil du travail ne nomme pas «&#xa0;%4&#xa0;» comme son service prédictif&#xa0;: rien ne montre que le modèle convient à «&#xa0;%4&#xa0;». Utilisez un travail du service de réentraînement propre à «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>The model %1 does not exist (no such blob): the service would be pointed at nothing. Choose another backup.</source>
        <translation>Le modèle %1 n’existe pas (aucun blob de ce nom)&#xa0;: le service ne pointerait vers rien. Choisissez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>the job record names no training service</source>
        <translation>l’enregistrement du travail ne nomme aucun service de réentraînement</translation>
    </message>
    <message>
        <source>it is not in the storage account &apos;%1&apos; this profile can read.</source>
        <translation>il n’est pas dans le compte de stockage «&#xa0;%1&#xa0;» que ce profil peut lire.</translation>
    </message>
    <message>
        <source>Looking for the model blob</source>
        <translation>Recherche du blob du modèle</translation>
    </message>
    <message>
        <source>Comparing the new model with the current one</source>
        <translation>Comparaison du nouveau modèle avec le modèle actuel</translation>
    </message>
    <message>
        <source>The model %1 could not be checked: %2</source>
        <translation>Le modèle %1 n’a pas pu être vérifié&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>mlr::arm::ModelUpdateJob</name>
    <message>
        <source>Reading web service &apos;%1&apos;</source>
        <translation>Lecture du service web «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Nothing was changed: the web service could not be read.</source>
        <translation>Rien n’a été modifié&#xa0;: le service web n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Checking that &apos;%1&apos; can take the new model</source>
        <translation>Vérification que «&#xa0;%1&#xa0;» peut recevoir le nouveau modèle</translation>
    </message>
    <message>
        <source>Nothing was changed: the update was refused.</source>
        <translation>Rien n’a été modifié&#xa0;: la mise à jour a été refusée.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Nothing was changed (plan only).</source>
        <translation>Rien n’a été modifié (plan seulement).</translation>
    </message>
    <message>
        <source>Backing up the current definition</source>
        <translation>Sauvegarde de la définition actuelle</translation>
    </message>
    <message>
        <source>Nothing was changed: without a backup the update does not run.</source>
        <translation>Rien n’a été modifié&#xa0;: sans sauvegarde, la mise à jour n’a pas lieu.</translation>
    </message>
    <message>
        <source>Pointing asset &apos;%1&apos; at the new model</source>
        <translation>Redirection de la ressource «&#xa0;%1&#xa0;» vers le nouveau modèle</translation>
    </message>
    <message>
        <source>Waiting for Azure to deploy the change</source>
        <translation>Attente du déploiement de la modification par Azure</translation>
    </message>
    <message>
        <source>Nothing was changed: the service refused the change and still uses %1.</source>
        <translation>Rien n’a été modifié&#xa0;: le service a refusé la modification et utilise toujours %1.</translation>
    </message>
    <message>
        <source>Reading the web service back to check the model</source>
        <translation>Relecture du service web pour vérifier le modèle</translation>
    </message>
    <message>
        <source>The backup of the previous definition is %1.</source>
        <translation>La sauvegarde de la définition précédente est %1.</translation>
    </message>
    <message>
        <source>The change may or may not have been applied, and the service could not be read back: check it before anything else. %1</source>
        <translation>La modification a pu être appliquée ou non, et le service n’a pas pu être relu&#xa0;: vérifiez-le avant toute autre chose. %1</translation>
    </message>
    <message>
        <source>The service still uses %1 (nothing was applied). %2</source>
        <translation>Le service utilise toujours %1 (rien n’a été appliqué). %2</translation>
    </message>
    <message>
        <source>The definition names the new model, but the update did not complete (state %1): the service may still serve the previous model. Roll back or try again. %2</source>
        <translation>La définition désigne le nouveau modèle, mais la mise à jour ne s’est pas terminée (état %1)&#xa0;: le service sert peut-être encore le modèle précédent. Restaurez ou réessayez. %2</translation>
    </message>
    <message>
        <source>The update did not complete and the service names %1 (state %2). %3</source>
        <translation>La mise à jour ne s’est pas terminée et le service désigne %1 (état %2). %3</translation>
    </message>
    <message>
        <source>The update reported success, but the service still uses %1 instead of %2: the change did not take effect.</source>
        <translation>La mise à jour a signalé une réussite, mais le service utilise toujours %1 au lieu de %2&#xa0;: la modification n’a pas pris effet.</translation>
    </message>
    <message>
        <source>The service was not changed (success without effect). %1</source>
        <translation>Le service n’a pas été modifié (réussite sans effet). %1</translation>
    </message>
    <message>
        <source>Verifying web service &apos;%1&apos;</source>
        <translation>Vérification du service web «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; now uses %2 (state %3). %4</source>
        <translation>«&#xa0;%1&#xa0;» utilise maintenant %2 (état %3). %4</translation>
    </message>
    <message>
        <source>The new model is identical to the current one; nothing to update.</source>
        <translation>Le nouveau modèle est identique au modèle actuel&#xa0;; rien à mettre à jour.</translation>
    </message>
</context>
<context>
    <name>mlr::arm::RefreshTokenSignIn</name>
    <message>
        <source>There is no saved Azure sign-in: sign in again.</source>
        <translation>Aucune connexion Azure enregistrée&#xa0;: reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>mlr::arm::SandboxServicePairJob</name>
    <message>
        <source>Creating the service pair &apos;%1&apos; in mlstudio-local</source>
        <translation>Création de la paire de services «&#xa0;%1&#xa0;» dans mlstudio-local</translation>
    </message>
    <message>
        <source>Service pairs from templates exist only in mlstudio-local on this computer; %1 is not.</source>
        <translation>Les paires de services à partir de modèles de départ n’existent que dans mlstudio-local sur cet ordinateur&#xa0;; %1 n’en est pas un.</translation>
    </message>
    <message>
        <source>A name, a label column and a CSV are needed.</source>
        <translation>Un nom, une colonne d’étiquette et un CSV sont nécessaires.</translation>
    </message>
    <message>
        <source>the server&apos;s answer does not describe the pair</source>
        <translation>la réponse du serveur ne décrit pas la paire</translation>
    </message>
</context>
<context>
    <name>mlr::arm::SignInOperation</name>
    <message>
        <source>Signing in to Azure</source>
        <translation>Connexion à Azure</translation>
    </message>
</context>
<context>
    <name>mlr::arm::SmokeCheckJob</name>
    <message>
        <source>No network access.</source>
        <translation>Pas d’accès réseau.</translation>
    </message>
    <message>
        <source>The scoring URL %1 names no web service.</source>
        <translation>L’URL de notation %1 ne désigne aucun service web.</translation>
    </message>
    <message>
        <source>Reading the sample rows of the service</source>
        <translation>Lecture des lignes d’exemple du service</translation>
    </message>
</context>
<context>
    <name>mlr::arm::SmokeTest</name>
    <message>
        <source>Predictions unchanged: the %1 sample rows score exactly as before the update, so the service may still be serving the previous model.</source>
        <translation>Prédictions inchangées&#xa0;: les %1 lignes d’exemple obtiennent exactement les mêmes scores qu’avant la mise à jour&#xa0;; le service sert donc peut-être encore le modèle précédent.</translation>
    </message>
    <message>
        <source>Predictions changed for %1 of %2 sample rows (%3 labels changed; largest score change %4).</source>
        <translation>Prédictions modifiées pour %1 des %2 lignes d’exemple (%3 étiquettes changées&#xa0;; plus grand écart de score %4).</translation>
    </message>
    <message>
        <source>The smoke test scored %1 rows before the update and %2 after; they cannot be compared.</source>
        <translation>Le test de fumée a noté %1 lignes avant la mise à jour et %2 après&#xa0;; elles ne peuvent pas être comparées.</translation>
    </message>
    <message>
        <source>The smoke test answers have no &quot;Scored Labels&quot; column.</source>
        <translation>Les réponses du test de fumée n’ont pas de colonne «&#xa0;Scored Labels&#xa0;».</translation>
    </message>
</context>
<context>
    <name>mlr::arm::TokenRequest</name>
    <message>
        <source>You are not signed in to Azure.</source>
        <translation>Vous n’êtes pas connecté à Azure.</translation>
    </message>
    <message>
        <source>You are not signed in to Azure: sign in first.</source>
        <translation>Vous n’êtes pas connecté à Azure&#xa0;: connectez-vous d’abord.</translation>
    </message>
    <message>
        <source>The Azure sign-in has expired: sign in again.</source>
        <translation>La connexion Azure a expiré&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <source>The Azure sign-in was closed while it was being renewed.</source>
        <translation>La connexion Azure a été fermée pendant son renouvellement.</translation>
    </message>
</context>
<context>
    <name>mlr::arm::Tokens</name>
    <message>
        <source>the client secret is wrong. Use the secret&apos;s Value (not its ID) from the app registration&apos;s &quot;Certificates &amp; secrets&quot; page</source>
        <translation>le secret client est erroné. Utilisez la valeur du secret (pas son ID) depuis la page «&#xa0;Certificats &amp; secrets&#xa0;» de l’inscription d’application</translation>
    </message>
    <message>
        <source>the client secret has expired. Create a new one in the app registration</source>
        <translation>le secret client a expiré. Créez-en un nouveau dans l’inscription d’application</translation>
    </message>
    <message>
        <source>no client secret was given for this application</source>
        <translation>aucun secret client n’a été indiqué pour cette application</translation>
    </message>
    <message>
        <source>the application (client) id is not known in this tenant. Check the client id and the tenant</source>
        <translation>l’identifiant d’application (client) n’est pas connu dans ce locataire. Vérifiez l’identifiant client et le locataire</translation>
    </message>
    <message>
        <source>the tenant was not found. Check the tenant id or domain</source>
        <translation>le locataire est introuvable. Vérifiez l’identifiant ou le domaine du locataire</translation>
    </message>
    <message>
        <source>the requested permission scope was refused</source>
        <translation>l’étendue d’autorisation demandée a été refusée</translation>
    </message>
    <message>
        <source>the saved sign-in has expired. Sign in again</source>
        <translation>la connexion enregistrée a expiré. Reconnectez-vous</translation>
    </message>
    <message>
        <source>the saved sign-in is no longer valid. Sign in again</source>
        <translation>la connexion enregistrée n’est plus valide. Reconnectez-vous</translation>
    </message>
    <message>
        <source>the sign-in code expired before it was used. Start the sign-in again</source>
        <translation>le code de connexion a expiré avant d’être utilisé. Recommencez la connexion</translation>
    </message>
    <message>
        <source>the sign-in was declined</source>
        <translation>la connexion a été refusée</translation>
    </message>
    <message>
        <source>the account needs multi-factor authentication: use the device code sign-in</source>
        <translation>le compte nécessite une authentification multifacteur&#xa0;: utilisez la connexion par code d’appareil</translation>
    </message>
    <message>
        <source>the application has not been granted consent in this tenant</source>
        <translation>l’application n’a pas reçu de consentement dans ce locataire</translation>
    </message>
    <message>
        <source>the application is disabled</source>
        <translation>l’application est désactivée</translation>
    </message>
    <message>
        <source>the application or its secret was not accepted</source>
        <translation>l’application ou son secret n’a pas été accepté</translation>
    </message>
    <message>
        <source>the sign-in is no longer valid. Sign in again</source>
        <translation>la connexion n’est plus valide. Reconnectez-vous</translation>
    </message>
    <message>
        <source>the application may not use this sign-in method</source>
        <translation>l’application ne peut pas utiliser cette méthode de connexion</translation>
    </message>
    <message>
        <source>No tenant is set: give the directory (tenant) id or domain.</source>
        <translation>Aucun locataire n’est défini&#xa0;: indiquez l’identifiant ou le domaine de l’annuaire (locataire).</translation>
    </message>
    <message>
        <source>The tenant &quot;%1&quot; is not a valid tenant id or domain.</source>
        <translation>Le locataire «&#xa0;%1&#xa0;» n’est pas un identifiant ou un domaine de locataire valide.</translation>
    </message>
    <message>
        <source>No application (client) id is set.</source>
        <translation>Aucun identifiant d’application (client) n’est défini.</translation>
    </message>
    <message>
        <source>The sign-in URL is not valid.</source>
        <translation>L’URL de connexion n’est pas valide.</translation>
    </message>
    <message>
        <source>The sign-in URL %1 is not https: credentials are only sent over https (or to this computer).</source>
        <translation>L’URL de connexion %1 n’est pas en https&#xa0;: les identifiants ne sont envoyés qu’en https (ou à cet ordinateur).</translation>
    </message>
    <message>
        <source>the sign-in service&apos;s answer has no access token and lifetime</source>
        <translation>la réponse du service de connexion n’a ni jeton d’accès ni durée de validité</translation>
    </message>
    <message>
        <source>the sign-in service&apos;s device code answer is incomplete</source>
        <translation>la réponse du service de connexion pour le code d’appareil est incomplète</translation>
    </message>
    <message>
        <source>Signing in to Azure</source>
        <translation>Connexion à Azure</translation>
    </message>
    <message>
        <source>Signing in to Azure failed: %1</source>
        <translation>La connexion à Azure a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mlr::arm::WebServiceGetJob</name>
    <message>
        <source>Reading web service &apos;%1&apos;</source>
        <translation>Lecture du service web «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the web service definition is not a JSON object with properties</source>
        <translation>la définition du service web n’est pas un objet JSON avec des propriétés</translation>
    </message>
</context>
<context>
    <name>mlr::arm::WebServiceKeysJob</name>
    <message>
        <source>Reading the keys of web service &apos;%1&apos;</source>
        <translation>Lecture des clés du service web «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>mlr::arm::WebServiceListJob</name>
    <message>
        <source>Listing the web services of resource group &apos;%1&apos;</source>
        <translation>Liste des services web du groupe de ressources «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Listing the web services of subscription %1</source>
        <translation>Liste des services web de l’abonnement %1</translation>
    </message>
    <message>
        <source>the service returned the same next page link twice</source>
        <translation>le service a renvoyé deux fois le même lien de page suivante</translation>
    </message>
</context>
<context>
    <name>mlr::arm::WebServiceWriteJob</name>
    <message>
        <source>Creating or replacing web service &apos;%1&apos;</source>
        <translation>Création ou remplacement du service web «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Updating web service &apos;%1&apos;</source>
        <translation>Mise à jour du service web «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Waiting for the operation on web service &apos;%1&apos;</source>
        <translation>Attente de l’opération sur le service web «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Checking whether web service &apos;%1&apos; exists</source>
        <translation>Vérification de l’existence du service web «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Web service &apos;%1&apos; already exists in resource group &apos;%2&apos;; it was not replaced. Choose another name, or allow overwriting it.</source>
        <translation>Le service web «&#xa0;%1&#xa0;» existe déjà dans le groupe de ressources «&#xa0;%2&#xa0;»&#xa0;; il n’a pas été remplacé. Choisissez un autre nom ou autorisez son remplacement.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The operation was still &apos;%1&apos; after %2 s; its outcome is unknown. Check the web service&apos;s state later.</source>
        <translation>L’opération était toujours «&#xa0;%1&#xa0;» après %2&#xa0;s&#xa0;; son résultat est inconnu. Vérifiez l’état du service web plus tard.</translation>
    </message>
</context>
<context>
    <name>mlr::azureml</name>
    <message>
        <source>the %1 answer has no %2</source>
        <translation>la réponse %1 n’a pas de %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos; has several data inputs or none (%2): name the one the new data replaces.</source>
        <translation>Le travail «&#xa0;%1&#xa0;» a plusieurs entrées de données ou aucune (%2)&#xa0;: nommez celle que les nouvelles données remplacent.</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos; has no data input &apos;%3&apos; (its data inputs: %2).</source>
        <translation>Le travail «&#xa0;%1&#xa0;» n’a pas d’entrée de données «&#xa0;%3&#xa0;» (ses entrées de données&#xa0;: %2).</translation>
    </message>
    <message>
        <source>retrain of %1</source>
        <translation>réentraînement de %1</translation>
    </message>
    <message>
        <source>%1 (retrained)</source>
        <translation>%1 (réentraîné)</translation>
    </message>
    <message>
        <source>Sign in (service principal)</source>
        <translation>Se connecter (principal de service)</translation>
    </message>
    <message>
        <source>Read the key of the workspace&apos;s default datastore</source>
        <translation>Lire la clé du magasin de données par défaut de l’espace de travail</translation>
    </message>
    <message>
        <source>Upload the new training data</source>
        <translation>Téléverser les nouvelles données d’entraînement</translation>
    </message>
    <message>
        <source>Read the job that trained the model in production</source>
        <translation>Lire le travail qui a entraîné le modèle en production</translation>
    </message>
    <message>
        <source>Submit the retraining job (the same job on the new data)</source>
        <translation>Soumettre le travail de réentraînement (le même travail sur les nouvelles données)</translation>
    </message>
    <message>
        <source>Follow the job until Completed, Failed or Canceled</source>
        <translation>Suivre le travail jusqu’à Completed, Failed ou Canceled</translation>
    </message>
    <message>
        <source>Back up the endpoint and its deployments</source>
        <translation>Sauvegarder le point de terminaison et ses déploiements</translation>
    </message>
    <message>
        <source>Register the new model version with its job</source>
        <translation>Inscrire la nouvelle version du modèle avec son travail</translation>
    </message>
    <message>
        <source>Create the new deployment at 0 % traffic</source>
        <translation>Créer le nouveau déploiement à 0&#xa0;% du trafic</translation>
    </message>
    <message>
        <source>Read the endpoint&apos;s scoring URI and key</source>
        <translation>Lire l’URI de notation et la clé du point de terminaison</translation>
    </message>
    <message>
        <source>Smoke-test the new deployment at 0 % (the header bypasses the traffic rules)</source>
        <translation>Soumettre le nouveau déploiement au test de fumée à 0&#xa0;% (l’en-tête contourne les règles de trafic)</translation>
    </message>
    <message>
        <source>Set the traffic to %1 (the whole endpoint PUT; PATCH cannot)</source>
        <translation>Définir le trafic à %1 (PUT du point de terminaison entier&#xa0;; PATCH ne le permet pas)</translation>
    </message>
    <message>
        <source>Read the traffic back</source>
        <translation>Relire le trafic</translation>
    </message>
    <message>
        <source>Delete the old deployment</source>
        <translation>Supprimer l’ancien déploiement</translation>
    </message>
    <message>
        <source>job %1 has no metrics.json in its outputs</source>
        <translation>le travail %1 n’a pas de metrics.json dans ses sorties</translation>
    </message>
    <message>
        <source>metrics.json of job %1 cannot be used: %2</source>
        <translation>le metrics.json du travail %1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file cannot be read or is too large</source>
        <translation>le fichier ne peut pas être lu ou est trop volumineux</translation>
    </message>
    <message>
        <source>Reading the scored rows</source>
        <translation>Lecture des lignes notées</translation>
    </message>
    <message>
        <source>The model&apos;s MLmodel file cannot be read.</source>
        <translation>Le fichier MLmodel du modèle ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Cannot read the downloaded scored rows.</source>
        <translation>Impossible de lire les lignes notées téléchargées.</translation>
    </message>
    <message>
        <source>Cannot tell the label column of the scored rows (columns: %1); name it explicitly.</source>
        <translation>Impossible de déterminer la colonne d’étiquette des lignes notées (colonnes&#xa0;: %1)&#xa0;; indiquez-la explicitement.</translation>
    </message>
    <message>
        <source>The scored rows have no label column &quot;%1&quot; (columns: %2).</source>
        <translation>Les lignes notées n’ont pas de colonne d’étiquette «&#xa0;%1&#xa0;» (colonnes&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The scored rows lack the column &quot;%1&quot;, an input of the model: the job&apos;s outputs do not match.</source>
        <translation>Il manque aux lignes notées la colonne «&#xa0;%1&#xa0;», une entrée du modèle&#xa0;: les sorties du travail ne correspondent pas.</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>travail %1</translation>
    </message>
    <message>
        <source>Reading online endpoint &apos;%1&apos; of workspace &apos;%2&apos;</source>
        <translation>Lecture du point de terminaison en ligne «&#xa0;%1&#xa0;» de l’espace de travail «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Listing the deployments of online endpoint &apos;%1&apos;</source>
        <translation>Liste des déploiements du point de terminaison en ligne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Datastore %1 is of type %2, not Azure Blob: give your own storage account instead.</source>
        <translation>Le magasin de données %1 est de type %2, et non Azure Blob&#xa0;: indiquez plutôt votre propre compte de stockage.</translation>
    </message>
    <message>
        <source>Datastore %1 gives no account key (its credentials are %2): give your own storage account instead.</source>
        <translation>Le magasin de données %1 ne fournit pas de clé de compte (ses identifiants sont de type %2)&#xa0;: indiquez plutôt votre propre compte de stockage.</translation>
    </message>
    <message>
        <source>Datastore %1 names no storage account or container.</source>
        <translation>Le magasin de données %1 ne désigne ni compte de stockage ni conteneur.</translation>
    </message>
    <message>
        <source>metrics.json is not a JSON object (%1).</source>
        <translation>metrics.json n’est pas un objet JSON (%1).</translation>
    </message>
    <message>
        <source>metrics.json names no metric the comparison knows (it has: %1).</source>
        <translation>metrics.json ne nomme aucune métrique connue de la comparaison (il contient&#xa0;: %1).</translation>
    </message>
    <message>
        <source>The MLflow answer has no run.</source>
        <translation>La réponse de MLflow ne contient aucune exécution (run).</translation>
    </message>
    <message>
        <source>The MLflow run has no metrics (yet).</source>
        <translation>L’exécution MLflow n’a pas (encore) de métriques.</translation>
    </message>
    <message>
        <source>The MLflow run logs no metric the comparison knows (it has: %1).</source>
        <translation>L’exécution MLflow n’enregistre aucune métrique connue de la comparaison (elle contient&#xa0;: %1).</translation>
    </message>
    <message>
        <source>its uri %1 is not a datastore path (azureml://datastores/.../paths/...) or a job output</source>
        <translation>son uri %1 n’est ni un chemin de magasin de données (azureml://datastores/.../paths/...) ni une sortie de travail</translation>
    </message>
    <message>
        <source>The model&apos;s MLmodel file has a signature that is not a list of columns: %1</source>
        <translation>Le fichier MLmodel du modèle a une signature qui n’est pas une liste de colonnes&#xa0;: %1</translation>
    </message>
    <message>
        <source>The scoring answer is not JSON.</source>
        <translation>La réponse de notation n’est pas du JSON.</translation>
    </message>
    <message>
        <source>The scoring answer is neither a list of rows nor {&quot;predictions&quot;: [...]}.</source>
        <translation>La réponse de notation n’est ni une liste de lignes ni {&quot;predictions&quot;: [...]}.</translation>
    </message>
    <message>
        <source>A row of the scoring answer is a list, not one prediction or an object.</source>
        <translation>Une ligne de la réponse de notation est une liste, et non une prédiction unique ou un objet.</translation>
    </message>
    <message>
        <source>The roll-out backup %1 cannot be used: %2</source>
        <translation>La sauvegarde de mise en production %1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is not JSON (%1).</source>
        <translation>ce n’est pas du JSON (%1).</translation>
    </message>
    <message>
        <source>it is not a backup of an Azure Machine Learning online endpoint.</source>
        <translation>ce n’est pas une sauvegarde d’un point de terminaison en ligne Azure Machine Learning.</translation>
    </message>
    <message>
        <source>no deployment had traffic when it was taken, so there is nothing to roll back to.</source>
        <translation>aucun déploiement n’avait de trafic quand elle a été faite&#xa0;: il n’y a donc rien à restaurer.</translation>
    </message>
    <message>
        <source>The traffic stages &apos;%1&apos; are not valid: %2 Write percentages of the new deployment, increasing, ending with 100, e.g. &quot;10,100&quot;.</source>
        <translation>Les étapes de trafic «&#xa0;%1&#xa0;» ne sont pas valides&#xa0;: %2 Écrivez des pourcentages du nouveau déploiement, croissants, finissant par 100, p. ex. &quot;10,100&quot;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from 1 to 100.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre entier de 1 à 100.</translation>
    </message>
    <message>
        <source>%1 does not come after %2 (each stage must be larger than the one before).</source>
        <translation>%1 ne vient pas après %2 (chaque étape doit être plus grande que la précédente).</translation>
    </message>
    <message>
        <source>the last stage is %1, not 100.</source>
        <translation>la dernière étape est %1, et non 100.</translation>
    </message>
    <message>
        <source>The traffic stages must end with 100 % on the new deployment.</source>
        <translation>Les étapes de trafic doivent finir par 100&#xa0;% sur le nouveau déploiement.</translation>
    </message>
    <message>
        <source>The new deployment &apos;%1&apos; is the one in production.</source>
        <translation>Le nouveau déploiement «&#xa0;%1&#xa0;» est celui qui est en production.</translation>
    </message>
    <message>
        <source>No deployment of the endpoint has traffic, so there is no traffic to move.</source>
        <translation>Aucun déploiement du point de terminaison n’a de trafic&#xa0;: il n’y a donc pas de trafic à déplacer.</translation>
    </message>
    <message>
        <source>Besides &apos;%1&apos; and &apos;%2&apos;, %3 also receive traffic: a roll-out moves traffic between two deployments only. Give their traffic to &apos;%1&apos; first.</source>
        <translation>Outre «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;», %3 reçoivent aussi du trafic&#xa0;: une mise en production ne déplace le trafic qu’entre deux déploiements. Donnez d’abord leur trafic à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The traffic stages must be increasing whole percentages from 1 to 100.</source>
        <translation>Les étapes de trafic doivent être des pourcentages entiers croissants de 1 à 100.</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2&#xa0;%</translation>
    </message>
    <message>
        <source>no deployment has traffic</source>
        <translation>aucun déploiement n’a de trafic</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>No sample rows can be taken from %1: %2</source>
        <translation>Aucune ligne d’exemple ne peut être prise dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <source>the header has no column &apos;%1&apos; (it has %2).</source>
        <translation>l’en-tête n’a pas de colonne «&#xa0;%1&#xa0;» (il contient %2).</translation>
    </message>
    <message>
        <source>line %1 has %2 cells, but the header has %3.</source>
        <translation>la ligne %1 a %2 cellules, mais l’en-tête en a %3.</translation>
    </message>
    <message>
        <source>the file has no data row.</source>
        <translation>le fichier n’a aucune ligne de données.</translation>
    </message>
    <message>
        <source>The model&apos;s MLmodel file has no column signature (signature.inputs), so the new data cannot be checked against it.</source>
        <translation>Le fichier MLmodel du modèle n’a pas de signature de colonnes (signature.inputs)&#xa0;: les nouvelles données ne peuvent donc pas être vérifiées par rapport à elle.</translation>
    </message>
    <message>
        <source>Deployment %1 answered, not deployment %2 that was asked for.</source>
        <translation>Le déploiement %1 a répondu, et non le déploiement %2 qui était demandé.</translation>
    </message>
    <message>
        <source>the online endpoint</source>
        <translation>le point de terminaison en ligne</translation>
    </message>
    <message>
        <source>deployment %1</source>
        <translation>le déploiement %1</translation>
    </message>
    <message>
        <source>There is no key or token to call the online endpoint with.</source>
        <translation>Il n’y a ni clé ni jeton pour appeler le point de terminaison en ligne.</translation>
    </message>
    <message>
        <source>Scoring with the online endpoint: its key was refused (regenerated meanwhile?)</source>
        <translation>Notation par le point de terminaison en ligne&#xa0;: sa clé a été refusée (régénérée entre-temps&#xa0;?)</translation>
    </message>
    <message>
        <source>Scoring with the online endpoint: its token was refused</source>
        <translation>Notation par le point de terminaison en ligne&#xa0;: son jeton a été refusé</translation>
    </message>
    <message>
        <source>Subscription %1 of the list has no subscriptionId.</source>
        <translation>L’abonnement %1 de la liste n’a pas de subscriptionId.</translation>
    </message>
    <message>
        <source>Workspace %1 of the list has no name or resource id.</source>
        <translation>L’espace de travail %1 de la liste n’a pas de nom ou d’id de ressource.</translation>
    </message>
    <message>
        <source>The job file &apos;%1&apos; cannot be read: %2</source>
        <translation>Le fichier de travail «&#x202f;%1&#x202f;» ne peut pas être lu&#x202f;: %2</translation>
    </message>
    <message>
        <source>The job file &apos;%1&apos; is not a JSON object (%2); give the JSON of GET jobs/{name} or its &quot;properties&quot;.</source>
        <translation>Le fichier de travail «&#x202f;%1&#x202f;» n’est pas un objet JSON (%2)&#x202f;; donnez le JSON de GET jobs/{name} ou son membre &quot;properties&quot;.</translation>
    </message>
    <message>
        <source>Reading the job file &apos;%1&apos;</source>
        <translation>Lecture du fichier de travail «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>a single value is expected here</source>
        <translation>une seule valeur est attendue ici</translation>
    </message>
    <message>
        <source>a whole number is expected here</source>
        <translation>un nombre entier est attendu ici</translation>
    </message>
    <message>
        <source>a mapping (key: value lines) is expected here</source>
        <translation>une table de correspondance (lignes clé&#x202f;: valeur) est attendue ici</translation>
    </message>
    <message>
        <source>the mode &apos;%1&apos; is not one of %2</source>
        <translation>le mode «&#x202f;%1&#x202f;» n’est pas l’un de %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a local path, which needs an upload: upload it (e.g. az ml data create) and give its azureml:// or https:// URI</source>
        <translation>«&#x202f;%1&#x202f;» est un chemin local, qu’il faudrait téléverser&#x202f;: téléversez-le (par exemple az ml data create) et donnez son URI azureml:// ou https://</translation>
    </message>
    <message>
        <source>a %1 input needs a value</source>
        <translation>une entrée %1 a besoin d’une valeur</translation>
    </message>
    <message>
        <source>the input type &apos;%1&apos; is not one of %2</source>
        <translation>le type d’entrée «&#x202f;%1&#x202f;» n’est pas l’un de %2</translation>
    </message>
    <message>
        <source>this key of an input is not translated</source>
        <translation>cette clé d’une entrée n’est pas traduite</translation>
    </message>
    <message>
        <source>a %1 input needs a path</source>
        <translation>une entrée %1 a besoin d’un chemin</translation>
    </message>
    <message>
        <source>the output type &apos;%1&apos; is not one of %2</source>
        <translation>le type de sortie «&#x202f;%1&#x202f;» n’est pas l’un de %2</translation>
    </message>
    <message>
        <source>this key of an output is not translated</source>
        <translation>cette clé d’une sortie n’est pas traduite</translation>
    </message>
    <message>
        <source>this key is not translated</source>
        <translation>cette clé n’est pas traduite</translation>
    </message>
    <message>
        <source>the distribution type must be mpi, pytorch or tensorflow</source>
        <translation>le type de distribution doit être mpi, pytorch ou tensorflow</translation>
    </message>
    <message>
        <source>a job definition is a mapping of keys</source>
        <translation>une définition de travail est une table de correspondance de clés</translation>
    </message>
    <message>
        <source>&apos;%1&apos; jobs cannot be re-run by the wizard; only command jobs can</source>
        <translation>les travaux «&#x202f;%1&#x202f;» ne peuvent pas être relancés par l’assistant&#x202f;; seuls les travaux command le peuvent</translation>
    </message>
    <message>
        <source>a command job needs a command</source>
        <translation>un travail command a besoin d’une commande</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a local folder, which needs an upload: register it (az ml code create) and give azureml:&lt;name&gt;:&lt;version&gt;</source>
        <translation>«&#x202f;%1&#x202f;» est un dossier local, qu’il faudrait téléverser&#x202f;: enregistrez-le (az ml code create) et donnez azureml:&lt;nom&gt;:&lt;version&gt;</translation>
    </message>
    <message>
        <source>an inline environment needs creating: create it (az ml environment create) and give azureml:&lt;name&gt;:&lt;version&gt;</source>
        <translation>un environnement en ligne doit d’abord être créé&#x202f;: créez-le (az ml environment create) et donnez azureml:&lt;nom&gt;:&lt;version&gt;</translation>
    </message>
    <message>
        <source>this key is not translated by the wizard</source>
        <translation>cette clé n’est pas traduite par l’assistant</translation>
    </message>
    <message>
        <source>a command job needs an environment</source>
        <translation>un travail command a besoin d’un environnement</translation>
    </message>
    <message>
        <source>The job file &apos;%1&apos;, line %2, key &apos;%3&apos;: %4.</source>
        <translation>Le fichier de travail «&#x202f;%1&#x202f;», ligne %2, clé «&#x202f;%3&#x202f;»&#x202f;: %4.</translation>
    </message>
    <message>
        <source>The job file &apos;%1&apos; is not valid YAML: line %2, column %3: %4.</source>
        <translation>Le fichier de travail «&#x202f;%1&#x202f;» n’est pas du YAML valide&#x202f;: ligne %2, colonne %3&#x202f;: %4.</translation>
    </message>
</context>
<context>
    <name>mlr::azureml::AmlEvaluationJob</name>
    <message>
        <source>Job %1 is %2, not Completed: there is nothing to evaluate yet.</source>
        <translation>Le travail %1 est %2, et non Completed&#xa0;: il n’y a encore rien à évaluer.</translation>
    </message>
    <message>
        <source>of unknown status</source>
        <translation>dans un état inconnu</translation>
    </message>
    <message>
        <source>No temporary folder for the downloads: %1</source>
        <translation>Aucun dossier temporaire pour les téléchargements&#xa0;: %1</translation>
    </message>
    <message>
        <source>model %1 version %2 names no job that trained it</source>
        <translation>le modèle %1 version %2 ne nomme aucun travail qui l’aurait entraîné</translation>
    </message>
    <message>
        <source>Finding the workspace&apos;s MLflow tracking URI</source>
        <translation>Recherche de l’URI de suivi MLflow de l’espace de travail</translation>
    </message>
    <message>
        <source>Reading workspace %1</source>
        <translation>Lecture de l’espace de travail %1</translation>
    </message>
    <message>
        <source>MLflow could not be asked (%1)</source>
        <translation>MLflow n’a pas pu être interrogé (%1)</translation>
    </message>
    <message>
        <source>the workspace has no MLflow tracking URI</source>
        <translation>l’espace de travail n’a pas d’URI de suivi MLflow</translation>
    </message>
    <message>
        <source>Reading the metrics job %1 logged to MLflow</source>
        <translation>Lecture des métriques que le travail %1 a enregistrées dans MLflow</translation>
    </message>
    <message>
        <source>MLflow has no metrics of job %1 either: %2</source>
        <translation>MLflow n’a pas non plus de métriques du travail %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Job %1 wrote no scored test split and no metrics (%2): there is nothing to evaluate.</source>
        <translation>Le travail %1 n’a écrit ni jeu de test noté ni métriques (%2)&#xa0;: il n’y a rien à évaluer.</translation>
    </message>
    <message>
        <source>Job %1 wrote no scored test split, and the model in production has no metrics to compare with (%2).</source>
        <translation>Le travail %1 n’a écrit aucun jeu de test noté, et le modèle en production n’a pas de métriques auxquelles le comparer (%2).</translation>
    </message>
    <message>
        <source>Job %1 wrote no scored test split: the models are compared on the metrics each job reported (%2, %3), not on the same rows.</source>
        <translation>Le travail %1 n’a écrit aucun jeu de test noté&#xa0;: les modèles sont comparés sur les métriques que chaque travail a rapportées (%2, %3), et non sur les mêmes lignes.</translation>
    </message>
    <message>
        <source>No deployment of endpoint %1 is in production to score the rows with.</source>
        <translation>Aucun déploiement du point de terminaison %1 n’est en production pour noter les lignes.</translation>
    </message>
    <message>
        <source>Reading the scored rows</source>
        <translation>Lecture des lignes notées</translation>
    </message>
    <message>
        <source>Scoring the same rows with deployment %1 (in production)</source>
        <translation>Notation des mêmes lignes par le déploiement %1 (en production)</translation>
    </message>
    <message>
        <source>Comparing the models</source>
        <translation>Comparaison des modèles</translation>
    </message>
    <message>
        <source>Both models scored the same %1 rows of job %2&apos;s scored test split, the model in production through deployment %3.</source>
        <translation>Les deux modèles ont noté les mêmes %1 lignes du jeu de test noté du travail %2, le modèle en production par le déploiement %3.</translation>
    </message>
    <message>
        <source>Evaluating job %1</source>
        <translation>Évaluation du travail %1</translation>
    </message>
</context>
<context>
    <name>mlr::azureml::AmlJobEvaluation</name>
    <message>
        <source>job %1</source>
        <translation>travail %1</translation>
    </message>
</context>
<context>
    <name>mlr::azureml::AmlRetrainSubmission</name>
    <message>
        <source>Model %1 version %2 names no training job to re-run.</source>
        <translation>Le modèle %1 version %2 ne nomme aucun travail d’entraînement à relancer.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; does not exist or cannot be read.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’existe pas ou ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Uploading %1 to datastore %2</source>
        <translation>Téléversement de %1 vers le magasin de données %2</translation>
    </message>
    <message>
        <source>the retraining job %1</source>
        <translation>le travail de réentraînement %1</translation>
    </message>
    <message>
        <source>Reading the created job %1</source>
        <translation>Lecture du travail créé %1</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>travail %1</translation>
    </message>
    <message>
        <source>A job named %1 already exists in workspace %2 and trains on other data; choose another job name.</source>
        <translation>Un travail nommé %1 existe déjà dans l’espace de travail %2 et porte sur d’autres données&#xa0;; choisissez un autre nom de travail.</translation>
    </message>
    <message>
        <source>The job journal could not be updated: %1</source>
        <translation>Le journal des travaux n’a pas pu être mis à jour&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mlr::azureml::DatastoreAccessJob</name>
    <message>
        <source>datastore %1</source>
        <translation>magasin de données %1</translation>
    </message>
    <message>
        <source>the workspace&apos;s default datastore</source>
        <translation>le magasin de données par défaut de l’espace de travail</translation>
    </message>
    <message>
        <source>Workspace %1 has no default datastore.</source>
        <translation>L’espace de travail %1 n’a pas de magasin de données par défaut.</translation>
    </message>
    <message>
        <source>the secrets of datastore %1</source>
        <translation>les secrets du magasin de données %1</translation>
    </message>
    <message>
        <source>Datastore %1 is in storage account %2, and the storage credentials given are for %3.</source>
        <translation>Le magasin de données %1 se trouve dans le compte de stockage %2, mais les identifiants de stockage fournis sont ceux de %3.</translation>
    </message>
</context>
<context>
    <name>mlr::azureml::JobFilesJob</name>
    <message>
        <source>Reading job %1, whose output job %2 names</source>
        <translation>Lecture du travail %1, dont le travail %2 nomme une sortie</translation>
    </message>
    <message>
        <source>%1: job %2 has no output %3 to read</source>
        <translation>%1&#xa0;: le travail %2 n’a pas de sortie %3 à lire</translation>
    </message>
    <message>
        <source>Looking into output %1 of job %2</source>
        <translation>Examen de la sortie %1 du travail %2</translation>
    </message>
    <message>
        <source>Downloading %1 of job %2</source>
        <translation>Téléchargement de %1 du travail %2</translation>
    </message>
    <message>
        <source>Reading the outputs of job %1</source>
        <translation>Lecture des sorties du travail %1</translation>
    </message>
    <message>
        <source>Reading the outputs of job %1 (%2)</source>
        <translation>Lecture des sorties du travail %1 (%2)</translation>
    </message>
</context>
<context>
    <name>mlr::azureml::MlflowRunJob</name>
    <message>
        <source>Reading the metrics job %1 logged to MLflow</source>
        <translation>Lecture des métriques que le travail %1 a enregistrées dans MLflow</translation>
    </message>
    <message>
        <source>The workspace&apos;s MLflow tracking URI &quot;%1&quot; is not an azureml:// or https:// URI.</source>
        <translation>L’URI de suivi MLflow «&#xa0;%1&#xa0;» de l’espace de travail n’est pas une URI azureml:// ou https://.</translation>
    </message>
</context>
<context>
    <name>mlr::azureml::OnlineSmokeTestJob</name>
    <message>
        <source>The smoke test has no sample rows to score.</source>
        <translation>Le test de fumée n’a aucune ligne d’exemple à noter.</translation>
    </message>
    <message>
        <source>Scoring the sample rows on deployment &apos;%1&apos;</source>
        <translation>Notation des lignes d’exemple par le déploiement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Comparing the answers of &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>Comparaison des réponses de «&#xa0;%1&#xa0;» et de «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>mlr::azureml::ProductionModelJob</name>
    <message>
        <source>No online endpoint is named (set the profile&apos;s endpoint).</source>
        <translation>Aucun point de terminaison en ligne n’est nommé (définissez endpoint dans le profil).</translation>
    </message>
    <message>
        <source>Reading online endpoint &apos;%1&apos; of workspace &apos;%2&apos;</source>
        <translation>Lecture du point de terminaison en ligne «&#xa0;%1&#xa0;» de l’espace de travail «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Listing the deployments of online endpoint &apos;%1&apos;</source>
        <translation>Liste des déploiements du point de terminaison en ligne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Online endpoint &apos;%1&apos; has no deployment: no model is in production there to retrain. Deploy one first.</source>
        <translation>Le point de terminaison en ligne «&#xa0;%1&#xa0;» n’a aucun déploiement&#xa0;: aucun modèle n’y est en production à réentraîner. Déployez-en un d’abord.</translation>
    </message>
    <message>
        <source>No deployment of online endpoint &apos;%1&apos; receives traffic, so none is in production. Give one traffic first.</source>
        <translation>Aucun déploiement du point de terminaison en ligne «&#xa0;%1&#xa0;» ne reçoit de trafic&#xa0;: aucun n’est donc en production. Donnez d’abord du trafic à l’un d’eux.</translation>
    </message>
    <message>
        <source>Deployment &apos;%1&apos; serves &apos;%2&apos;, which is not a model version of workspace &apos;%3&apos;: its training job cannot be found.</source>
        <translation>Le déploiement «&#xa0;%1&#xa0;» sert «&#xa0;%2&#xa0;», qui n’est pas une version de modèle de l’espace de travail «&#xa0;%3&#xa0;»&#xa0;: son travail d’entraînement est introuvable.</translation>
    </message>
    <message>
        <source>Reading model %1 version %2 (served by deployment &apos;%3&apos;)</source>
        <translation>Lecture du modèle %1 version %2 (servi par le déploiement «&#xa0;%3&#xa0;»)</translation>
    </message>
    <message>
        <source>Reading job &apos;%1&apos;, which trained model %2 version %3</source>
        <translation>Lecture du travail «&#xa0;%1&#xa0;», qui a entraîné le modèle %2 version %3</translation>
    </message>
</context>
<context>
    <name>mlr::azureml::RetireJob</name>
    <message>
        <source>Reading online endpoint &apos;%1&apos;</source>
        <translation>Lecture du point de terminaison en ligne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Online endpoint &apos;%1&apos; has no deployment &apos;%2&apos; (it has %3).</source>
        <translation>Le point de terminaison en ligne «&#xa0;%1&#xa0;» n’a pas de déploiement «&#xa0;%2&#xa0;» (il a %3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; still has %2 % of the traffic (%3): it is not retired. Move all the traffic to the new deployment first.</source>
        <translation>«&#xa0;%1&#xa0;» a encore %2&#xa0;% du trafic (%3)&#xa0;: il n’est pas retiré. Déplacez d’abord tout le trafic vers le nouveau déploiement.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; still receives %2 % of the traffic as a mirror: it is not retired. Stop mirroring first.</source>
        <translation>«&#xa0;%1&#xa0;» reçoit encore %2&#xa0;% du trafic en miroir&#xa0;: il n’est pas retiré. Arrêtez d’abord la mise en miroir.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is retired only once one deployment has all the traffic, and the traffic is %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est retiré qu’une fois qu’un déploiement a tout le trafic, or le trafic est %2.</translation>
    </message>
    <message>
        <source>Deleting deployment &apos;%1&apos; of online endpoint &apos;%2&apos; (&apos;%3&apos; has all the traffic)</source>
        <translation>Suppression du déploiement «&#xa0;%1&#xa0;» du point de terminaison en ligne «&#xa0;%2&#xa0;» («&#xa0;%3&#xa0;» a tout le trafic)</translation>
    </message>
    <message>
        <source>Listing the deployments of online endpoint &apos;%1&apos; again</source>
        <translation>Nouvelle lecture des déploiements du point de terminaison en ligne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The deletion of &apos;%1&apos; reported success, but the endpoint still has it (%2): the change did not take effect.</source>
        <translation>La suppression de «&#xa0;%1&#xa0;» a signalé un succès, mais le point de terminaison l’a toujours (%2)&#xa0;: la modification n’a pas pris effet.</translation>
    </message>
    <message>
        <source>Verifying the deployments of online endpoint &apos;%1&apos;</source>
        <translation>Vérification des déploiements du point de terminaison en ligne «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>mlr::azureml::RollbackJob</name>
    <message>
        <source>Nothing to roll back to: no endpoint or previous deployment is named.</source>
        <translation>Rien à restaurer&#xa0;: aucun point de terminaison ni déploiement précédent n’est nommé.</translation>
    </message>
    <message>
        <source>Reading online endpoint &apos;%1&apos;</source>
        <translation>Lecture du point de terminaison en ligne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Deployment &apos;%1&apos; no longer exists on online endpoint &apos;%2&apos; (it has %3): a rollback by traffic needs it. Re-create it from the backup&apos;s definition first.</source>
        <translation>Le déploiement «&#xa0;%1&#xa0;» n’existe plus sur le point de terminaison en ligne «&#xa0;%2&#xa0;» (il a %3)&#xa0;: une restauration par le trafic en a besoin. Recréez-le d’abord à partir de la définition de la sauvegarde.</translation>
    </message>
    <message>
        <source>Deployment &apos;%1&apos; is %2, not Succeeded: it cannot take the traffic back.</source>
        <translation>Le déploiement «&#xa0;%1&#xa0;» est à l’état %2, et non Succeeded&#xa0;: il ne peut pas reprendre le trafic.</translation>
    </message>
</context>
<context>
    <name>mlr::azureml::RolloutJob</name>
    <message>
        <source>Backing up online endpoint &apos;%1&apos; and its deployments</source>
        <translation>Sauvegarde du point de terminaison en ligne «&#xa0;%1&#xa0;» et de ses déploiements</translation>
    </message>
    <message>
        <source>Nothing was changed: without a backup the roll-out does not run.</source>
        <translation>Rien n’a été modifié&#xa0;: sans sauvegarde, la mise en production ne s’exécute pas.</translation>
    </message>
    <message>
        <source>Model %1 version %2 was registered from job &apos;%3&apos; before: using it</source>
        <translation>Le modèle %1 version %2 a déjà été inscrit à partir du travail «&#xa0;%3&#xa0;»&#xa0;: il est réutilisé</translation>
    </message>
    <message>
        <source>Registering model %1 version %2 from job &apos;%3&apos;</source>
        <translation>Inscription du modèle %1 version %2 à partir du travail «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>Nothing was changed: the new model version could not be registered.</source>
        <translation>Rien n’a été modifié&#xa0;: la nouvelle version du modèle n’a pas pu être inscrite.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Deployment &apos;%1&apos; already serves model %2 version %3: using it</source>
        <translation>Le déploiement «&#xa0;%1&#xa0;» sert déjà le modèle %2 version %3&#xa0;: il est réutilisé</translation>
    </message>
    <message>
        <source>Deployment &apos;%1&apos; is still being provisioned (%2): waiting for it</source>
        <translation>Le déploiement «&#xa0;%1&#xa0;» est encore en cours de provisionnement (%2)&#xa0;: attente de sa fin</translation>
    </message>
    <message>
        <source>No traffic was moved.</source>
        <translation>Aucun trafic n’a été déplacé.</translation>
    </message>
    <message>
        <source>There is no deployment to copy the new one from.</source>
        <translation>Il n’y a aucun déploiement à partir duquel copier le nouveau.</translation>
    </message>
    <message>
        <source>Creating deployment &apos;%1&apos; with model %2 version %3 at 0 % of the traffic (a copy of &apos;%4&apos;)</source>
        <translation>Création du déploiement «&#xa0;%1&#xa0;» avec le modèle %2 version %3 à 0&#xa0;% du trafic (une copie de «&#xa0;%4&#xa0;»)</translation>
    </message>
    <message>
        <source>Deployment &apos;%1&apos; could not be provisioned with model %2 version %3; no traffic was moved to it.</source>
        <translation>Le déploiement «&#xa0;%1&#xa0;» n’a pas pu être provisionné avec le modèle %2 version %3&#xa0;; aucun trafic n’y a été déplacé.</translation>
    </message>
    <message>
        <source>Reading deployment &apos;%1&apos;</source>
        <translation>Lecture du déploiement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The deployment being provisioned could not be read.</source>
        <translation>Le déploiement en cours de provisionnement n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Deployment &apos;%1&apos; is still %2 after 30 minutes.</source>
        <translation>Le déploiement «&#xa0;%1&#xa0;» est toujours à l’état %2 après 30 minutes.</translation>
    </message>
    <message>
        <source>Deployment &apos;%1&apos; did not finish provisioning.</source>
        <translation>Le provisionnement du déploiement «&#xa0;%1&#xa0;» ne s’est pas terminé.</translation>
    </message>
    <message>
        <source>Reading deployment &apos;%1&apos; back</source>
        <translation>Relecture du déploiement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The new deployment could not be read back.</source>
        <translation>Le nouveau déploiement n’a pas pu être relu.</translation>
    </message>
    <message>
        <source>The creation of deployment &apos;%1&apos; reported success, but it serves &apos;%2&apos; instead of model %3 version %4: the change did not take effect.</source>
        <translation>La création du déploiement «&#xa0;%1&#xa0;» a signalé un succès, mais il sert «&#xa0;%2&#xa0;» au lieu du modèle %3 version %4&#xa0;: la modification n’a pas pris effet.</translation>
    </message>
    <message>
        <source>Deployment &apos;%1&apos; is %2 after its operation ended.</source>
        <translation>Le déploiement «&#xa0;%1&#xa0;» est à l’état %2 après la fin de son opération.</translation>
    </message>
    <message>
        <source>No online endpoint is named (set the profile&apos;s endpoint).</source>
        <translation>Aucun point de terminaison en ligne n’est nommé (définissez endpoint dans le profil).</translation>
    </message>
    <message>
        <source>No retraining job is named: a roll-out deploys the model a job trained.</source>
        <translation>Aucun travail de réentraînement n’est nommé&#xa0;: une mise en production déploie le modèle qu’un travail a entraîné.</translation>
    </message>
    <message>
        <source>No sample rows were given for the smoke test of the new deployment.</source>
        <translation>Aucune ligne d’exemple n’a été fournie pour le test de fumée du nouveau déploiement.</translation>
    </message>
    <message>
        <source>The deployment name &apos;%1&apos; is not valid: 3-32 letters, digits and single dashes, starting with a letter.</source>
        <translation>Le nom de déploiement «&#xa0;%1&#xa0;» n’est pas valide&#xa0;: de 3 à 32 lettres, chiffres et traits d’union isolés, en commençant par une lettre.</translation>
    </message>
    <message>
        <source>Reading online endpoint &apos;%1&apos;</source>
        <translation>Lecture du point de terminaison en ligne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Nothing was changed: the endpoint could not be read.</source>
        <translation>Rien n’a été modifié&#xa0;: le point de terminaison n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Online endpoint &apos;%1&apos; has no deployment: there is no model in production to roll out from. Deploy one first.</source>
        <translation>Le point de terminaison en ligne «&#xa0;%1&#xa0;» n’a aucun déploiement&#xa0;: il n’y a aucun modèle en production à remplacer. Déployez-en un d’abord.</translation>
    </message>
    <message>
        <source>No deployment of online endpoint &apos;%1&apos; receives traffic, so none is in production to roll out from. Give one traffic first.</source>
        <translation>Aucun déploiement du point de terminaison en ligne «&#xa0;%1&#xa0;» ne reçoit de trafic&#xa0;: aucun n’est donc en production pour servir de point de départ. Donnez d’abord du trafic à l’un d’eux.</translation>
    </message>
    <message>
        <source>Reading job &apos;%1&apos;</source>
        <translation>Lecture du travail «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Job &apos;%1&apos; is %2, not Completed: its model cannot be rolled out.</source>
        <translation>Le travail «&#xa0;%1&#xa0;» est à l’état %2, et non Completed&#xa0;: son modèle ne peut pas être mis en production.</translation>
    </message>
    <message>
        <source>Deployment &apos;%1&apos; serves &apos;%2&apos;, which is not a model version of workspace &apos;%3&apos;: name the model to register.</source>
        <translation>Le déploiement «&#xa0;%1&#xa0;» sert «&#xa0;%2&#xa0;», qui n’est pas une version de modèle de l’espace de travail «&#xa0;%3&#xa0;»&#xa0;: nommez le modèle à inscrire.</translation>
    </message>
    <message>
        <source>Listing the versions of model %1</source>
        <translation>Liste des versions du modèle %1</translation>
    </message>
    <message>
        <source>Reading model %1 version %2</source>
        <translation>Lecture du modèle %1 version %2</translation>
    </message>
    <message>
        <source>Model %1 version %2 could not be read, so it is not in the backup: %3</source>
        <translation>Le modèle %1 version %2 n’a pas pu être lu et ne figure donc pas dans la sauvegarde&#xa0;: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has all the traffic and serves model %2 version %3: nothing to do.</source>
        <translation>«&#xa0;%1&#xa0;» a déjà tout le trafic et sert le modèle %2 version %3&#xa0;: rien à faire.</translation>
    </message>
    <message>
        <source>Deployment &apos;%1&apos; already exists on online endpoint &apos;%2&apos; and serves %3: name another deployment for the new model.</source>
        <translation>Le déploiement «&#xa0;%1&#xa0;» existe déjà sur le point de terminaison en ligne «&#xa0;%2&#xa0;» et sert %3&#xa0;: nommez un autre déploiement pour le nouveau modèle.</translation>
    </message>
    <message>
        <source>Deployment &apos;%1&apos; already serves model %2 version %3, so it is used instead of &apos;%4&apos;.</source>
        <translation>Le déploiement «&#xa0;%1&#xa0;» sert déjà le modèle %2 version %3&#xa0;: il est donc utilisé à la place de «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>Deployment &apos;%1&apos; was not smoke-tested (skipped on request).</source>
        <translation>Le déploiement «&#xa0;%1&#xa0;» n’a pas été soumis au test de fumée (ignoré sur demande).</translation>
    </message>
    <message>
        <source>Scoring %1 sample rows on &apos;%2&apos; and on &apos;%3&apos; (through the azureml-model-deployment header, whatever their traffic)</source>
        <translation>Notation de %1 lignes d’exemple par «&#xa0;%2&#xa0;» et par «&#xa0;%3&#xa0;» (par l’en-tête azureml-model-deployment, quel que soit leur trafic)</translation>
    </message>
    <message>
        <source>The smoke test of deployment &apos;%1&apos; failed: the roll-out stopped before moving traffic to it.</source>
        <translation>Le test de fumée du déploiement «&#xa0;%1&#xa0;» a échoué&#xa0;: la mise en production s’est arrêtée avant de lui envoyer du trafic.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has all the traffic of online endpoint &apos;%2&apos; and serves model %3 version %4.</source>
        <translation>«&#xa0;%1&#xa0;» a tout le trafic du point de terminaison en ligne «&#xa0;%2&#xa0;» et sert le modèle %3 version %4.</translation>
    </message>
    <message>
        <source>Stopped on request before stage %1 of %2 (%3 % to &apos;%4&apos;). Run the roll-out again to go on.</source>
        <translation>Arrêt sur demande avant l’étape %1 sur %2 (%3&#xa0;% vers «&#xa0;%4&#xa0;»). Relancez la mise en production pour continuer.</translation>
    </message>
    <message>
        <source>Stage %1 of %2: %3 % of the traffic to &apos;%4&apos; (%5)</source>
        <translation>Étape %1 sur %2&#xa0;: %3&#xa0;% du trafic vers «&#xa0;%4&#xa0;» (%5)</translation>
    </message>
    <message>
        <source>Stage %1 (%2 % of the traffic to &apos;%3&apos;)</source>
        <translation>L’étape %1 (%2&#xa0;% du trafic vers «&#xa0;%3&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 reported success, but the traffic did not change; the roll-out stopped there.</source>
        <translation>%1 a signalé un succès, mais le trafic n’a pas changé&#xa0;; la mise en production s’est arrêtée là.</translation>
    </message>
    <message>
        <source>%1 may or may not have taken effect: the traffic could not be read back. Check the endpoint before anything else.</source>
        <translation>%1 a peut-être pris effet, ou non&#xa0;: le trafic n’a pas pu être relu. Vérifiez le point de terminaison avant toute autre chose.</translation>
    </message>
    <message>
        <source>%1 failed; the roll-out stopped there.</source>
        <translation>%1 a échoué&#xa0;; la mise en production s’est arrêtée là.</translation>
    </message>
    <message>
        <source>Reading online endpoint &apos;%1&apos; and its deployments</source>
        <translation>Lecture du point de terminaison en ligne «&#xa0;%1&#xa0;» et de ses déploiements</translation>
    </message>
    <message>
        <source>The endpoint could not be read again (%1); what follows is what was last read.</source>
        <translation>Le point de terminaison n’a pas pu être relu (%1)&#xa0;; ce qui suit provient de la dernière lecture.</translation>
    </message>
    <message>
        <source>Traffic: %1.</source>
        <translation>Trafic&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Traffic: unknown (last read: %1).</source>
        <translation>Trafic&#xa0;: inconnu (dernière lecture&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Deployments: %1.</source>
        <translation>Déploiements&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Backup: %1.</source>
        <translation>Sauvegarde&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>mlr::azureml::ScoringAccessJob</name>
    <message>
        <source>Online endpoint %1 has no scoring URI yet (provisioning state %2).</source>
        <translation>Le point de terminaison en ligne %1 n’a pas encore d’URI de notation (état de provisionnement %2).</translation>
    </message>
    <message>
        <source>Online endpoint %1 takes Microsoft Entra tokens (AADToken), and there is no sign-in for https://ml.azure.com.</source>
        <translation>Le point de terminaison en ligne %1 accepte des jetons Microsoft Entra (AADToken), et il n’y a pas de connexion pour https://ml.azure.com.</translation>
    </message>
    <message>
        <source>Online endpoint %1 has the unknown authentication mode &apos;%2&apos;.</source>
        <translation>Le point de terminaison en ligne %1 a le mode d’authentification inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>the scoring key of online endpoint %1</source>
        <translation>la clé de notation du point de terminaison en ligne %1</translation>
    </message>
    <message>
        <source>The answer for the scoring key of online endpoint %1 has no %2.</source>
        <translation>La réponse pour la clé de notation du point de terminaison en ligne %1 n’a pas de %2.</translation>
    </message>
    <message>
        <source>Getting a Microsoft Entra token for https://ml.azure.com (online endpoint %1 takes AADToken)</source>
        <translation>Obtention d’un jeton Microsoft Entra pour https://ml.azure.com (le point de terminaison en ligne %1 utilise AADToken)</translation>
    </message>
</context>
<context>
    <name>mlr::azureml::TrafficJob</name>
    <message>
        <source>Reading online endpoint &apos;%1&apos; of workspace &apos;%2&apos;</source>
        <translation>Lecture du point de terminaison en ligne «&#xa0;%1&#xa0;» de l’espace de travail «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Setting the traffic of online endpoint &apos;%1&apos; to %2 (it is %3)</source>
        <translation>Définition du trafic du point de terminaison en ligne «&#xa0;%1&#xa0;» à %2 (actuellement %3)</translation>
    </message>
    <message>
        <source>Reading the traffic of online endpoint &apos;%1&apos; back</source>
        <translation>Relecture du trafic du point de terminaison en ligne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The traffic change to %1 reported success, but online endpoint &apos;%2&apos; still has %3: the change did not take effect.</source>
        <translation>Le changement de trafic vers %1 a signalé un succès, mais le point de terminaison en ligne «&#xa0;%2&#xa0;» a toujours %3&#xa0;: la modification n’a pas pris effet.</translation>
    </message>
    <message>
        <source>Verifying the traffic of online endpoint &apos;%1&apos;</source>
        <translation>Vérification du trafic du point de terminaison en ligne «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>mlr::azureml::TrainingSchemaJob</name>
    <message>
        <source>Model %1 version %2 is at %3, which is not a path of datastore %4: its signature cannot be read to check the new data (use --skip-check).</source>
        <translation>Le modèle %1 version %2 se trouve à %3, qui n’est pas un chemin du magasin de données %4&#xa0;: sa signature ne peut pas être lue pour vérifier les nouvelles données (utilisez --skip-check).</translation>
    </message>
    <message>
        <source>Reading the MLmodel file of model %1 version %2</source>
        <translation>Lecture du fichier MLmodel du modèle %1 version %2</translation>
    </message>
</context>
<context>
    <name>mlr::azureml::WorkspaceGetJob</name>
    <message>
        <source>the answer is not a JSON object (%1)</source>
        <translation>la réponse n’est pas un objet JSON (%1)</translation>
    </message>
    <message>
        <source>the list&apos;s nextLink leads elsewhere or never ends (%1)</source>
        <translation>le nextLink de la liste mène ailleurs ou ne finit jamais (%1)</translation>
    </message>
    <message>
        <source>%1 is not on the Azure Resource Manager host</source>
        <translation>%1 n’est pas sur l’hôte d’Azure Resource Manager</translation>
    </message>
</context>
<context>
    <name>mlr::azureml::WorkspaceWriteJob</name>
    <message>
        <source>Waiting for: %1</source>
        <translation>En attente de&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mlr::cli::AmlCommand</name>
    <message>
        <source>Profile &apos;%1&apos; is for Azure Machine Learning Studio (classic): the %2 commands are for an Azure Machine Learning workspace (a profile of kind azureml, e.g. &apos;profile from-sandbox FILE --kind azureml&apos;).</source>
        <translation>Le profil «&#xa0;%1&#xa0;» est pour Azure Machine Learning Studio (classique)&#xa0;: les commandes %2 sont pour un espace de travail Azure Machine Learning (un profil de type azureml, par exemple «&#xa0;profile from-sandbox FILE --kind azureml&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>mlr::cli::AmlEvaluateCommand</name>
    <message>
        <source>comparing job %1 with model %2 version %3 (deployment %4 of %5)</source>
        <translation>comparaison du travail %1 avec le modèle %2 version %3 (déploiement %4 de %5)</translation>
    </message>
</context>
<context>
    <name>mlr::cli::AmlJobCommand</name>
    <message>
        <source>Job %1 was submitted to workspace %2, and profile &apos;%3&apos; now points at %4.</source>
        <translation>Le travail %1 a été soumis à l’espace de travail %2, et le profil «&#xa0;%3&#xa0;» pointe maintenant vers %4.</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>travail %1</translation>
    </message>
    <message>
        <source>the job journal could not be updated: %1</source>
        <translation>le journal des travaux n’a pas pu être mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>the service reported an unknown status &apos;%1&apos;</source>
        <translation>le service a signalé un statut inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cancelling job %1</source>
        <translation>annulation du travail %1</translation>
    </message>
</context>
<context>
    <name>mlr::cli::AmlSubmitCommand</name>
    <message>
        <source>&apos;retrain submit&apos; needs --input FILE (the training data).</source>
        <translation>«&#xa0;retrain submit&#xa0;» nécessite --input FILE (les données d’entraînement).</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; does not exist or cannot be read.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’existe pas ou ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; names no online endpoint: give --endpoint NAME or set it with &apos;%2 profile set &quot;%1&quot; endpoint=NAME&apos;.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» ne nomme aucun point de terminaison en ligne&#xa0;: indiquez --endpoint NAME ou définissez-le avec «&#xa0;%2 profile set &quot;%1&quot; endpoint=NAME&#xa0;».</translation>
    </message>
    <message>
        <source>finding the model in production behind online endpoint %1</source>
        <translation>recherche du modèle en production derrière le point de terminaison en ligne %1</translation>
    </message>
    <message>
        <source>in production: model %1 version %2 (deployment %3); re-running the job of %4</source>
        <translation>en production&#xa0;: modèle %1 version %2 (déploiement %3)&#xa0;; relance du travail de %4</translation>
    </message>
    <message>
        <source>in production: model %1 version %2 (deployment %3), trained by job %4</source>
        <translation>en production&#xa0;: modèle %1 version %2 (déploiement %3), entraîné par le travail %4</translation>
    </message>
    <message>
        <source>data check skipped (--skip-check)</source>
        <translation>vérification des données ignorée (--skip-check)</translation>
    </message>
    <message>
        <source>checking %1 against the input of model %2 version %3</source>
        <translation>vérification de %1 par rapport à l’entrée du modèle %2 version %3</translation>
    </message>
    <message>
        <source>uploading to datastore %1 (container %2)</source>
        <translation>téléversement vers le magasin de données %1 (conteneur %2)</translation>
    </message>
    <message>
        <source>submitting the job (a re-run of %1 on %2)</source>
        <translation>soumission du travail (une relance de %1 sur %2)</translation>
    </message>
    <message>
        <source>upload</source>
        <translation>téléversement</translation>
    </message>
    <message>
        <source>job %1 may have been created; see &apos;%2 retrain status %1&apos;</source>
        <translation>le travail %1 a peut-être été créé&#xa0;; voir «&#xa0;%2 retrain status %1&#xa0;»</translation>
    </message>
    <message>
        <source>job %1 created; waiting for it to end (Ctrl+C stops waiting, the job goes on)</source>
        <translation>travail %1 créé&#xa0;; attente de sa fin (Ctrl+C arrête l’attente, le travail continue)</translation>
    </message>
    <message>
        <source>Model %1 version %2 (deployment %3) names no training job (jobName), so there is no job to re-run on the new data: give the job&apos;s definition with --job-file FILE (the JSON of GET jobs/{name}, or its &quot;properties&quot;, or an az ml job create --file YAML).</source>
        <translation>Le modèle %1 version %2 (déploiement %3) ne nomme aucun travail d’entraînement (jobName)&#x202f;: il n’y a donc pas de travail à relancer sur les nouvelles données. Donnez la définition du travail avec --job-file FICHIER (le JSON de GET jobs/{name}, ou ses &quot;properties&quot;, ou un YAML de az ml job create --file).</translation>
    </message>
</context>
<context>
    <name>mlr::cli::AzureSignIn</name>
    <message>
        <source>--remember keeps the sign-in of --device-code: add --device-code (a remembered sign-in is then used without it).</source>
        <translation>--remember conserve la connexion de --device-code&#x202f;: ajoutez --device-code (une connexion conservée sert ensuite sans lui).</translation>
    </message>
    <message>
        <source>Signing in to Azure (profile &apos;%1&apos;)</source>
        <translation>Connexion à Azure (profil «&#x202f;%1&#x202f;»)</translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation>Pour vous connecter, ouvrez %1 et saisissez le code %2.</translation>
    </message>
    <message>
        <source>the Azure sign-in is remembered in the keychain for profile &apos;%1&apos;: later commands use it without --device-code</source>
        <translation>la connexion à Azure est conservée dans le trousseau pour le profil «&#x202f;%1&#x202f;»&#x202f;: les commandes suivantes l’utilisent sans --device-code</translation>
    </message>
    <message>
        <source>No client secret and no remembered sign-in for signing in to Azure: set the profile&apos;s clientSecret (keychain) or AZURE_CLIENT_SECRET, or sign in with --device-code (and --remember to stay signed in).</source>
        <translation>Pas de secret client ni de connexion conservée pour se connecter à Azure&#x202f;: définissez le clientSecret du profil (trousseau) ou AZURE_CLIENT_SECRET, ou connectez-vous avec --device-code (et --remember pour rester connecté).</translation>
    </message>
    <message>
        <source>signing in to Azure with the sign-in remembered for profile &apos;%1&apos;</source>
        <translation>connexion à Azure avec la connexion conservée pour le profil «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>The sign-in remembered for profile &apos;%1&apos; no longer works (sign in again with --device-code --remember)</source>
        <translation>La connexion conservée pour le profil «&#x202f;%1&#x202f;» ne fonctionne plus (reconnectez-vous avec --device-code --remember)</translation>
    </message>
    <message>
        <source>the sign-in gave no refresh token: it cannot be remembered</source>
        <translation>la connexion n’a pas donné de jeton d’actualisation&#x202f;: elle ne peut pas être conservée</translation>
    </message>
    <message>
        <source>signed in, but the sign-in could not be remembered: %1</source>
        <translation>connecté, mais la connexion n’a pas pu être conservée&#x202f;: %1</translation>
    </message>
    <message>
        <source>signed in, but the sign-in is not remembered: %1</source>
        <translation>connecté, mais la connexion n’est pas conservée&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>mlr::cli::CheckCommand</name>
    <message>
        <source>Profile &apos;%1&apos; has no trainingBatchUrl: set it with &apos;%2 profile set &quot;%1&quot; trainingBatchUrl=URL&apos;.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n’a pas de trainingBatchUrl&#xa0;: définissez-la avec «&#xa0;%2 profile set &quot;%1&quot; trainingBatchUrl=URL&#xa0;».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier.</translation>
    </message>
    <message>
        <source>the predictive service&apos;s description could not be read (%1); the label column is not checked</source>
        <translation>la description du service prédictif n’a pas pu être lue (%1)&#xa0;; la colonne d’étiquette n’est pas vérifiée</translation>
    </message>
    <message>
        <source>The service URL of profile &apos;%1&apos; names no web service.</source>
        <translation>L’URL de service du profil «&#xa0;%1&#xa0;» ne désigne aucun service web.</translation>
    </message>
    <message>
        <source>check</source>
        <translation>vérification</translation>
    </message>
    <message numerus="yes">
        <source>The data check found %n error(s) in &apos;%1&apos;.</source>
        <translation>
            <numerusform>La vérification des données a trouvé %n erreur dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>La vérification des données a trouvé %n erreurs dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n data row(s), %2 column(s), label &apos;%3&apos; (%4 rows type-checked): %5 error(s), %6 warning(s).</source>
        <translation>
            <numerusform>%1&#xa0;: %n ligne de données, %2 colonne(s), étiquette «&#xa0;%3&#xa0;» (%4 lignes vérifiées)&#xa0;: %5 erreur(s), %6 avertissement(s).</numerusform>
            <numerusform>%1&#xa0;: %n lignes de données, %2 colonne(s), étiquette «&#xa0;%3&#xa0;» (%4 lignes vérifiées)&#xa0;: %5 erreur(s), %6 avertissement(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>OK: storage account &apos;%1&apos; at %2 answered (%3, from %4); %n container(s).</source>
        <translation>
            <numerusform>OK&#xa0;: le compte de stockage «&#xa0;%1&#xa0;» à %2 a répondu (%3, depuis %4)&#xa0;; %n conteneur.</numerusform>
            <numerusform>OK&#xa0;: le compte de stockage «&#xa0;%1&#xa0;» à %2 a répondu (%3, depuis %4)&#xa0;; %n conteneurs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlr::cli::Command</name>
    <message>
        <source>There is no profile named &apos;%1&apos; (see &apos;%2 profile list&apos;).</source>
        <translation>Il n’existe aucun profil nommé «&#xa0;%1&#xa0;» (voir «&#xa0;%2 profile list&#xa0;»).</translation>
    </message>
    <message>
        <source>The operation failed for an unknown reason.</source>
        <translation>L’opération a échoué pour une raison inconnue.</translation>
    </message>
    <message>
        <source>
The services come from the profile (--profile, default the last used one); their API keys from the keychain (profile secrets trainingApiKey, predictiveApiKey) or the environment variables %1 and %2.</source>
        <translation>
Les services viennent du profil (--profile, par défaut le dernier utilisé)&#xa0;; leurs clés d’API du trousseau (secrets du profil trainingApiKey, predictiveApiKey) ou des variables d’environnement %1 et %2.</translation>
    </message>
    <message>
        <source>Check a CSV against the training service&apos;s inputs, without uploading it.</source>
        <translation>Vérifier un CSV par rapport aux entrées du service d’entraînement, sans le téléverser.</translation>
    </message>
    <message>
        <source>Reads the training service&apos;s swagger.json (from trainingBatchUrl) and checks the file: encoding, header (missing, extra and duplicate columns), the label column, the column count of every row, and the values of every number, integer and boolean column. Every problem is printed with its line and column. Exit 0 when there is no error (warnings allowed), 1 otherwise.</source>
        <translation>Lit le swagger.json du service d’entraînement (depuis trainingBatchUrl) et vérifie le fichier&#xa0;: encodage, en-tête (colonnes manquantes, en trop et en double), colonne d’étiquette, nombre de colonnes de chaque ligne, et valeurs de chaque colonne numérique, entière et booléenne. Chaque problème est affiché avec sa ligne et sa colonne. Code de sortie 0 s’il n’y a pas d’erreur (avertissements admis), 1 sinon.</translation>
    </message>
    <message>
        <source>The CSV file to check.</source>
        <translation>Le fichier CSV à vérifier.</translation>
    </message>
    <message>
        <source>The label column (default: the column the training service takes and the predictive one does not).</source>
        <translation>La colonne d’étiquette (par défaut&#xa0;: la colonne que prend le service d’entraînement et pas le service prédictif).</translation>
    </message>
    <message>
        <source>Compare a finished job&apos;s new model with the one in production on the same rows.</source>
        <translation>Comparer le nouveau modèle d’un travail terminé avec celui en production, sur les mêmes lignes.</translation>
    </message>
    <message>
        <source>Downloads the job&apos;s evaluation and scored outputs (through the job&apos;s results, or the profile&apos;s storage account), scores the same rows with the predictive service in production (RRS, in batches), and prints both models&apos; metrics, the deltas and the promotion gate&apos;s verdict. Exit 0 when the gate passes, %1 when it fails, 1 on errors.</source>
        <translation>Télécharge les sorties d’évaluation et de notation du travail (par les résultats du travail ou le compte de stockage du profil), note les mêmes lignes avec le service prédictif en production (RRS, par lots), et affiche les métriques des deux modèles, les écarts et le verdict du critère de promotion. Code de sortie 0 si le critère est satisfait, %1 s’il ne l’est pas, 1 en cas d’erreur.</translation>
    </message>
    <message>
        <source>The job id (see &apos;retrain jobs&apos;).</source>
        <translation>L’identifiant du travail (voir «&#xa0;retrain jobs&#xa0;»).</translation>
    </message>
    <message>
        <source>The label column of the scored rows (default: inferred).</source>
        <translation>La colonne d’étiquette des lignes notées (par défaut&#xa0;: déduite).</translation>
    </message>
    <message>
        <source>Promotion rules instead of the profile&apos;s promotionGate, e.g. &quot;AUC loss &lt;= 0.01; Accuracy &gt;= 0.7&quot;.</source>
        <translation>Règles de promotion à la place du promotionGate du profil, p. ex. &quot;AUC loss &lt;= 0.01; Accuracy &gt;= 0.7&quot;.</translation>
    </message>
    <message>
        <source>The timeline of jobs, evaluations, updates and rollbacks on this computer, newest first.</source>
        <translation>La chronologie des travaux, évaluations, mises à jour et restaurations sur cet ordinateur, les plus récents en premier.</translation>
    </message>
    <message>
        <source>Only the events of this service.</source>
        <translation>Seulement les événements de ce service.</translation>
    </message>
    <message>
        <source>Only the events of this job.</source>
        <translation>Seulement les événements de ce travail.</translation>
    </message>
    <message>
        <source>Write the decision report of a job (metrics, gate verdict, update, rollback handle).</source>
        <translation>Écrire le rapport de décision d’un travail (métriques, verdict du critère, mise à jour, moyen de restauration).</translation>
    </message>
    <message>
        <source>
The format follows FILE&apos;s extension: .html or .pdf.</source>
        <translation>
Le format suit l’extension de FILE&#xa0;: .html ou .pdf.</translation>
    </message>
    <message>
        <source>The retraining job.</source>
        <translation>Le travail de réentraînement.</translation>
    </message>
    <message>
        <source>The report file (.html or .pdf).</source>
        <translation>Le fichier du rapport (.html ou .pdf).</translation>
    </message>
    <message>
        <source>no keychain is available</source>
        <translation>aucun trousseau n’est disponible</translation>
    </message>
    <message>
        <source>
The training service (trainingBatchUrl, trainingServiceName) and the container come from the profile (--profile, default the last used one); its API key from the keychain (profile secret trainingApiKey) or the environment variable %1; the storage account as for the storage commands. Jobs are recorded in the job journal (jobs.json in the application data folder, or $MLR_DATA_DIR).</source>
        <translation>
Le service d’entraînement (trainingBatchUrl, trainingServiceName) et le conteneur viennent du profil (--profile, par défaut le dernier utilisé)&#xa0;; sa clé d’API du trousseau (secret du profil trainingApiKey) ou de la variable d’environnement %1&#xa0;; le compte de stockage comme pour les commandes de stockage. Les travaux sont enregistrés dans le journal des travaux (jobs.json dans le dossier de données de l’application, ou $MLR_DATA_DIR).</translation>
    </message>
    <message>
        <source>Check a CSV, upload it and run the retraining web service on it (prints the job id).</source>
        <translation>Vérifier un CSV, le téléverser et exécuter dessus le service web de réentraînement (affiche l’identifiant du travail).</translation>
    </message>
    <message>
        <source>
The blobs go to CONTAINER/SERVICE/YYYYMMDD-HHMMSS-XXXX/ (XXXX: 4 random hex digits; input.csv, model.ilearner, evaluation.csv, scored.csv). The job gets short-lived SAS references (read-only for the input, create+write for each output) unless --connection-string-refs is given.</source>
        <translation>
Les blobs vont dans CONTAINER/SERVICE/YYYYMMDD-HHMMSS-XXXX/ (XXXX&#xa0;: 4 chiffres hexadécimaux aléatoires&#xa0;; input.csv, model.ilearner, evaluation.csv, scored.csv). Le travail reçoit des références SAS de courte durée (lecture seule pour l’entrée, création+écriture pour chaque sortie), sauf si --connection-string-refs est indiqué.</translation>
    </message>
    <message>
        <source>The training data (CSV).</source>
        <translation>Les données d’entraînement (CSV).</translation>
    </message>
    <message>
        <source>A global parameter of the service (repeatable); others keep their defaults.</source>
        <translation>Un paramètre global du service (répétable)&#xa0;; les autres gardent leur valeur par défaut.</translation>
    </message>
    <message>
        <source>Blob (in the profile&apos;s container) for an output, instead of the generated one (repeatable).</source>
        <translation>Blob (dans le conteneur du profil) pour une sortie, au lieu de celui généré (répétable).</translation>
    </message>
    <message>
        <source>The label column for the data check (default: inferred).</source>
        <translation>La colonne d’étiquette pour la vérification des données (par défaut&#xa0;: déduite).</translation>
    </message>
    <message>
        <source>Do not check the data before uploading it.</source>
        <translation>Ne pas vérifier les données avant de les téléverser.</translation>
    </message>
    <message>
        <source>Follow the job to its end (exit 1 unless it finished).</source>
        <translation>Suivre le travail jusqu’à sa fin (code de sortie 1 s’il ne s’est pas terminé).</translation>
    </message>
    <message>
        <source>Give the job the account-key connection string instead of SAS references.</source>
        <translation>Donner au travail la chaîne de connexion avec la clé du compte au lieu de références SAS.</translation>
    </message>
    <message>
        <source>Show a job&apos;s state, outputs and the service&apos;s details.</source>
        <translation>Afficher l’état d’un travail, ses sorties et les détails du service.</translation>
    </message>
    <message>
        <source>Follow a job to its end (exit 0 when it finished, 1 when it failed or was cancelled).</source>
        <translation>Suivre un travail jusqu’à sa fin (code de sortie 0 s’il s’est terminé, 1 s’il a échoué ou a été annulé).</translation>
    </message>
    <message>
        <source>Cancel a job that has not ended.</source>
        <translation>Annuler un travail qui n’est pas terminé.</translation>
    </message>
    <message>
        <source>List the jobs of the job journal.</source>
        <translation>Lister les travaux du journal des travaux.</translation>
    </message>
    <message>
        <source>Web service name.</source>
        <translation>Nom du service web.</translation>
    </message>
    <message>
        <source>Apply without asking.</source>
        <translation>Appliquer sans demander.</translation>
    </message>
    <message>
        <source>Also print the equivalent curl and PowerShell commands.</source>
        <translation>Afficher aussi les commandes curl et PowerShell équivalentes.</translation>
    </message>
    <message>
        <source>The trained model asset id, when several.</source>
        <translation>L’identifiant de la ressource de modèle entraîné, s’il y en a plusieurs.</translation>
    </message>
    <message>
        <source>Replace an existing service or file.</source>
        <translation>Remplacer un service ou un fichier existant.</translation>
    </message>
    <message>
        <source>The commitment plan&apos;s resource id (exported definitions do not carry it).</source>
        <translation>L’identifiant de ressource du plan d’engagement (les définitions exportées ne le contiennent pas).</translation>
    </message>
    <message>
        <source>List the web services.</source>
        <translation>Lister les services web.</translation>
    </message>
    <message>
        <source>Show a web service (--json: the whole definition).</source>
        <translation>Afficher un service web (--json&#xa0;: la définition entière).</translation>
    </message>
    <message>
        <source>Export a definition (Export-AzMlWebService form).</source>
        <translation>Exporter une définition (au format d’Export-AzMlWebService).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>Create a web service from a definition file (Import-AzMlWebService + New-AzMlWebService).</source>
        <translation>Créer un service web à partir d’un fichier de définition (Import-AzMlWebService + New-AzMlWebService).</translation>
    </message>
    <message>
        <source>The definition file.</source>
        <translation>Le fichier de définition.</translation>
    </message>
    <message>
        <source>Create a web service from a definition file, or a service pair from a template.</source>
        <translation>Créer un service web à partir d’un fichier de définition, ou une paire de services à partir d’un modèle de départ.</translation>
    </message>
    <message>
        <source>mlstudio-local only: create NAME-retraining and NAME-predictive from a template (two-class, regression); the profile then uses them.</source>
        <translation>mlstudio-local uniquement&#xa0;: créer NAME-retraining et NAME-predictive à partir d’un modèle de départ (two-class, regression)&#xa0;; le profil les utilise ensuite.</translation>
    </message>
    <message>
        <source>With --template: the CSV (schema and first training).</source>
        <translation>Avec --template&#xa0;: le CSV (schéma et premier entraînement).</translation>
    </message>
    <message>
        <source>With --template: the label column.</source>
        <translation>Avec --template&#xa0;: la colonne d’étiquette.</translation>
    </message>
    <message>
        <source>With --template: the Studio learner module (optional).</source>
        <translation>Avec --template&#xa0;: le module d’apprentissage Studio (facultatif).</translation>
    </message>
    <message>
        <source>
Without --yes: the guard, the diff and the gate verdict, then a question on a terminal (refused otherwise).</source>
        <translation>
Sans --yes&#xa0;: le contrôle, les différences et le verdict du critère, puis une question dans un terminal (refus sinon).</translation>
    </message>
    <message>
        <source>The retraining job (from the job journal).</source>
        <translation>Le travail de réentraînement (du journal des travaux).</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Le fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>Score the service&apos;s sample rows through the profile&apos;s predictive service.</source>
        <translation>Noter les lignes d’exemple du service par le service prédictif du profil.</translation>
    </message>
    <message>
        <source>
The API key: the profile&apos;s predictiveApiKey (keychain) or MLR_PREDICTIVE_API_KEY.</source>
        <translation>
La clé d’API&#xa0;: le predictiveApiKey du profil (trousseau) ou MLR_PREDICTIVE_API_KEY.</translation>
    </message>
    <message>
        <source>Shared Key</source>
        <translation>Shared Key</translation>
    </message>
    <message>
        <source>SAS</source>
        <translation>SAS</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a job id.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de travail.</translation>
    </message>
    <message>
        <source>Job %1 is not in the job journal (%2): only jobs submitted from this computer are known.</source>
        <translation>Le travail %1 n’est pas dans le journal des travaux (%2)&#xa0;: seuls les travaux soumis depuis cet ordinateur sont connus.</translation>
    </message>
    <message>
        <source>job %1: %2 (%3)</source>
        <translation>travail %1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>Job %1 failed%2</source>
        <translation>Le travail %1 a échoué%2</translation>
    </message>
    <message>
        <source>Job %1 was cancelled%2</source>
        <translation>Le travail %1 a été annulé%2</translation>
    </message>
    <message>
        <source>Job %1 ended in an unknown state (&apos;%2&apos;)</source>
        <translation>Le travail %1 s’est terminé dans un état inconnu («&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>No API key for the predictive service: set the profile&apos;s predictiveApiKey (keychain) or %1.</source>
        <translation>Aucune clé d’API pour le service prédictif&#xa0;: définissez le predictiveApiKey du profil (trousseau) ou %1.</translation>
    </message>
    <message>
        <source>Create the container with &apos;%1 storage mkcontainer NAME&apos;.</source>
        <translation>Créez le conteneur avec «&#xa0;%1 storage mkcontainer NOM&#xa0;».</translation>
    </message>
    <message>
        <source>Create it with &apos;%1 storage mkcontainer %2&apos;.</source>
        <translation>Créez-le avec «&#xa0;%1 storage mkcontainer %2&#xa0;».</translation>
    </message>
    <message>
        <source>Until then, give the commands the secrets in these environment variables (the values are in %1):</source>
        <translation>En attendant, donnez les secrets aux commandes dans ces variables d’environnement (les valeurs sont dans %1)&#xa0;:</translation>
    </message>
    <message>
        <source>  AZURE_STORAGE_CONNECTION_STRING  the storage account (storage, retrain submit and evaluate)</source>
        <translation>  AZURE_STORAGE_CONNECTION_STRING  le compte de stockage (storage, retrain submit et evaluate)</translation>
    </message>
    <message>
        <source>  MLR_TRAINING_API_KEY             the retraining service&apos;s key (retrain)</source>
        <translation>  MLR_TRAINING_API_KEY             la clé du service de réentraînement (retrain)</translation>
    </message>
    <message>
        <source>  MLR_PREDICTIVE_API_KEY           the predictive service&apos;s key (retrain evaluate, service smoke and update)</source>
        <translation>  MLR_PREDICTIVE_API_KEY           la clé du service prédictif (retrain evaluate, service smoke et update)</translation>
    </message>
    <message>
        <source>  AZURE_CLIENT_SECRET              the sign-in to Azure (service commands)</source>
        <translation>  AZURE_CLIENT_SECRET              la connexion à Azure (commandes service)</translation>
    </message>
    <message>
        <source>or store them once a keychain is available with &apos;%1 profile set NAME KEY=-&apos;.</source>
        <translation>ou enregistrez-les quand un trousseau sera disponible avec «&#xa0;%1 profile set NOM CLÉ=-&#xa0;».</translation>
    </message>
    <message>
        <source>Point a predictive service at a retraining job&apos;s model: guarded (a finished job of its own pair, whose model exists and fits), backed up, verified, smoke-tested (rolled back automatically when the service then fails to score).</source>
        <translation>Faire pointer un service prédictif vers le modèle d’un travail de réentraînement&#xa0;: contrôlé (un travail terminé de sa propre paire, dont le modèle existe et convient), sauvegardé, vérifié, soumis au test de fumée (restauré automatiquement si le service ne parvient plus à noter).</translation>
    </message>
    <message>
        <source>Put back the model of a backup (default: the newest whose model exists and is not the current one).</source>
        <translation>Remettre le modèle d’une sauvegarde (par défaut&#xa0;: la plus récente dont le modèle existe et n’est pas le modèle actuel).</translation>
    </message>
    <message>
        <source>With --template: numeric columns typed Integer, comma-separated; the others are Number (floating point) even when the CSV holds only whole numbers.</source>
        <translation>Avec --template&#xa0;: les colonnes numériques typées Integer, séparées par des virgules&#xa0;; les autres sont Number (virgule flottante), même quand le CSV ne contient que des nombres entiers.</translation>
    </message>
    <message>
        <source>Show an Azure Machine Learning online endpoint: its traffic, its deployments and the model in production with the job that trained it.</source>
        <translation>Afficher un point de terminaison en ligne Azure Machine Learning&#xa0;: son trafic, ses déploiements et le modèle en production avec le travail qui l’a entraîné.</translation>
    </message>
    <message>
        <source>The endpoint (default: the profile&apos;s endpoint).</source>
        <translation>Le point de terminaison (par défaut&#xa0;: celui du profil).</translation>
    </message>
    <message>
        <source>Do it without asking.</source>
        <translation>Le faire sans demander.</translation>
    </message>
    <message>
        <source>Also print the equivalent curl and az ml commands.</source>
        <translation>Afficher aussi les commandes curl et az ml équivalentes.</translation>
    </message>
    <message>
        <source>List the online endpoints of the workspace with their traffic.</source>
        <translation>Lister les points de terminaison en ligne de l’espace de travail avec leur trafic.</translation>
    </message>
    <message>
        <source>Roll a retrained model out blue/green: register it, deploy it at 0 %, smoke-test it, then move the traffic in stages, each read back.</source>
        <translation>Mettre en production un modèle réentraîné en blue/green&#xa0;: l’inscrire, le déployer à 0&#xa0;%, le soumettre au test de fumée, puis déplacer le trafic par étapes, chacune relue.</translation>
    </message>
    <message>
        <source>
The endpoint and every deployment are backed up first (in the history folder&apos;s backups). Without --yes each step is asked for on the terminal. A re-run continues where one stopped: nothing is created twice.</source>
        <translation>
Le point de terminaison et chaque déploiement sont d’abord sauvegardés (dans les sauvegardes du dossier d’historique). Sans --yes, chaque étape est demandée sur le terminal. Une nouvelle exécution reprend là où la précédente s’est arrêtée&#xa0;: rien n’est créé deux fois.</translation>
    </message>
    <message>
        <source>The retraining job whose model goes out (Completed).</source>
        <translation>Le travail de réentraînement dont le modèle est mis en production (Completed).</translation>
    </message>
    <message>
        <source>The new deployment&apos;s share of the traffic at each stage, in percent (default 10,100).</source>
        <translation>La part du trafic du nouveau déploiement à chaque étape, en pourcentage (par défaut 10,100).</translation>
    </message>
    <message>
        <source>Stop after the stage that gives the new deployment this share (a canary); a re-run goes on from there.</source>
        <translation>S’arrêter après l’étape qui donne cette part au nouveau déploiement (un canari)&#xa0;; une nouvelle exécution reprend à partir de là.</translation>
    </message>
    <message>
        <source>Rows to smoke-test with (default: the job&apos;s training CSV of the journal).</source>
        <translation>Les lignes du test de fumée (par défaut&#xa0;: le CSV d’entraînement du travail, d’après le journal).</translation>
    </message>
    <message>
        <source>The new deployment&apos;s name (default: green, or blue).</source>
        <translation>Le nom du nouveau déploiement (par défaut&#xa0;: green, ou blue).</translation>
    </message>
    <message>
        <source>The model to register (default: the one in production).</source>
        <translation>Le modèle à inscrire (par défaut&#xa0;: celui en production).</translation>
    </message>
    <message>
        <source>Do not smoke-test the new deployment.</source>
        <translation>Ne pas soumettre le nouveau déploiement au test de fumée.</translation>
    </message>
    <message>
        <source>Roll out even when the job&apos;s evaluation failed the promotion gate.</source>
        <translation>Mettre en production même si l’évaluation du travail n’a pas satisfait au critère de promotion.</translation>
    </message>
    <message>
        <source>Set the endpoint&apos;s live traffic (one PUT, read back).</source>
        <translation>Définir le trafic réel du point de terminaison (un PUT, relu).</translation>
    </message>
    <message>
        <source>The share of each deployment (adding up to 100).</source>
        <translation>La part de chaque déploiement (100 au total).</translation>
    </message>
    <message>
        <source>Put the traffic back as it was before the last roll-out (one PUT, read back).</source>
        <translation>Remettre le trafic tel qu’il était avant la dernière mise en production (un PUT, relu).</translation>
    </message>
    <message>
        <source>The roll-out backup to go back to (default: the newest).</source>
        <translation>La sauvegarde de mise en production à laquelle revenir (par défaut&#xa0;: la plus récente).</translation>
    </message>
    <message>
        <source>Delete the old deployment once the new one has all the traffic.</source>
        <translation>Supprimer l’ancien déploiement une fois que le nouveau a tout le trafic.</translation>
    </message>
    <message>
        <source>
The deployment defaults to the one the last roll-out replaced; as the rollback target it is deleted only with --yes.</source>
        <translation>
Le déploiement est par défaut celui que la dernière mise en production a remplacé&#xa0;; comme il est la cible de restauration, il n’est supprimé qu’avec --yes.</translation>
    </message>
    <message>
        <source>The deployment to delete.</source>
        <translation>Le déploiement à supprimer.</translation>
    </message>
    <message>
        <source>Score sample rows on the production deployment, or on another one through the header.</source>
        <translation>Noter des lignes d’exemple par le déploiement de production, ou par un autre grâce à l’en-tête.</translation>
    </message>
    <message>
        <source>The rows to score (a CSV).</source>
        <translation>Les lignes à noter (un CSV).</translation>
    </message>
    <message>
        <source>The deployment to score (compared with the production one).</source>
        <translation>Le déploiement qui note les lignes (comparé à celui de production).</translation>
    </message>
    <message>
        <source>A column of the CSV to leave out (the label).</source>
        <translation>Une colonne du CSV à exclure (l’étiquette).</translation>
    </message>
    <message>
        <source>METRIC</source>
        <translation>MÉTRIQUE</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NOUVEAU</translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation>ACTUEL</translation>
    </message>
    <message>
        <source>DELTA</source>
        <translation>ÉCART</translation>
    </message>
    <message>
        <source>GATE</source>
        <translation>CRITÈRE</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>job %1: %2 model, label &apos;%3&apos;, %4 rows scored by both models</source>
        <translation>travail %1&#xa0;: modèle %2, étiquette «&#xa0;%3&#xa0;», %4 lignes notées par les deux modèles</translation>
    </message>
    <message>
        <source>pass:</source>
        <translation>réussi&#xa0;:</translation>
    </message>
    <message>
        <source>FAIL:</source>
        <translation>ÉCHEC&#xa0;:</translation>
    </message>
    <message>
        <source>verdict: PASS - %1</source>
        <translation>verdict&#xa0;: RÉUSSI - %1</translation>
    </message>
    <message>
        <source>verdict: FAIL - %1</source>
        <translation>verdict&#xa0;: ÉCHEC - %1</translation>
    </message>
    <message>
        <source>The model&apos;s name.</source>
        <translation>Le nom du modèle.</translation>
    </message>
    <message>
        <source>List the workspace&apos;s registered models, or the versions of model NAME (newest first).</source>
        <translation>Lister les modèles inscrits de l’espace de travail, ou les versions du modèle NAME (les plus récentes en premier).</translation>
    </message>
    <message>
        <source>Show a model version (default: the latest): its type, files and the job that trained it.</source>
        <translation>Afficher une version de modèle (par défaut&#xa0;: la dernière)&#xa0;: son type, ses fichiers et le travail qui l’a entraînée.</translation>
    </message>
    <message>
        <source>The version (default: the latest).</source>
        <translation>La version (par défaut&#xa0;: la dernière).</translation>
    </message>
    <message>
        <source>Until then, give the commands the secret in this environment variable (the value is in %1):</source>
        <translation>En attendant, donnez le secret aux commandes dans cette variable d’environnement (la valeur est dans %1)&#xa0;:</translation>
    </message>
    <message>
        <source>  AZURE_CLIENT_SECRET              the sign-in to Azure (every command of this profile; the workspace gives the key of its datastore)</source>
        <translation>  AZURE_CLIENT_SECRET              la connexion à Azure (toutes les commandes de ce profil&#xa0;; l’espace de travail fournit la clé de son magasin de données)</translation>
    </message>
    <message>
        <source>or store it once a keychain is available with &apos;%1 profile set NAME clientSecret=-&apos;.</source>
        <translation>ou enregistrez-le quand un trousseau sera disponible avec «&#xa0;%1 profile set NOM clientSecret=-&#xa0;».</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <source>job</source>
        <translation>travail</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>point de terminaison</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>espace de travail</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>input file</source>
        <translation>fichier d’entrée</translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation>paramètre %1</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>soumis</translation>
    </message>
    <message>
        <source>started</source>
        <translation>démarré</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>details</source>
        <translation>détails</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;</source>
        <translation>colonne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message numerus="yes">
        <source>data check passed: %n row(s)</source>
        <translation>
            <numerusform>vérification des données réussie&#xa0;: %n ligne</numerusform>
            <numerusform>vérification des données réussie&#xa0;: %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Azure ML profiles: the online endpoint whose production model is retrained (default: the profile&apos;s endpoint).</source>
        <translation>Profils Azure ML&#xa0;: le point de terminaison en ligne dont le modèle de production est réentraîné (par défaut&#xa0;: celui du profil).</translation>
    </message>
    <message>
        <source>Azure ML profiles: the new job&apos;s name (default: ENDPOINT-retrain-YYYYMMDD-HHMMSS-XXXX).</source>
        <translation>Profils Azure ML&#xa0;: le nom du nouveau travail (par défaut&#xa0;: ENDPOINT-retrain-YYYYMMDD-HHMMSS-XXXX).</translation>
    </message>
    <message>
        <source>Azure ML profiles: the job input that takes the new data (default: training_data, or the job&apos;s only file or folder input).</source>
        <translation>Profils Azure ML&#xa0;: l’entrée du travail qui reçoit les nouvelles données (par défaut&#xa0;: training_data, ou l’unique entrée de type fichier ou dossier du travail).</translation>
    </message>
    <message>
        <source>Nothing was changed: add --yes (standard input is not a terminal).</source>
        <translation>Rien n’a été modifié&#xa0;: ajoutez --yes (l’entrée standard n’est pas un terminal).</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>  stage %1 %: %2 (read back %3)</source>
        <translation>  étape %1&#xa0;%&#xa0;: %2 (relu le %3)</translation>
    </message>
    <message>
        <source>Smoke test at 0 %: %1</source>
        <translation>Test de fumée à 0&#xa0;%&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>Roll back with: %1 endpoint rollback %2 --yes</source>
        <translation>Pour restaurer&#xa0;: %1 endpoint rollback %2 --yes</translation>
    </message>
    <message numerus="yes">
        <source>The data check found %n error(s) in &apos;%1&apos;; nothing was uploaded.</source>
        <translation>
            <numerusform>La vérification des données a trouvé %n erreur dans «&#xa0;%1&#xa0;»&#xa0;; rien n’a été téléversé.</numerusform>
            <numerusform>La vérification des données a trouvé %n erreurs dans «&#xa0;%1&#xa0;»&#xa0;; rien n’a été téléversé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Azure ML profiles: also print the equivalent curl and az ml commands.</source>
        <translation>Profils Azure ML&#xa0;: afficher aussi les commandes curl et az ml équivalentes.</translation>
    </message>
    <message>
        <source>Azure ML profiles: upload with the profile&apos;s storage account (as the storage commands use it) instead of the key the workspace gives for its datastore.</source>
        <translation>Profils Azure ML&#xa0;: téléverser avec le compte de stockage du profil (comme l’utilisent les commandes storage) au lieu de la clé que l’espace de travail fournit pour son magasin de données.</translation>
    </message>
    <message>
        <source>
For a profile of kind azureml. Sign-in as for the service commands: AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET, else the profile&apos;s tenant, client and the keychain&apos;s clientSecret, else the sign-in remembered by --device-code --remember; --device-code signs in with your account instead. Endpoints with authMode AADToken are scored with a token for https://ml.azure.com of the same sign-in.</source>
        <translation>
Pour un profil de sorte azureml. Connexion comme pour les commandes service&#x202f;: AZURE_TENANT_ID, AZURE_CLIENT_ID et AZURE_CLIENT_SECRET, sinon le locataire et le client du profil et le clientSecret du trousseau, sinon la connexion conservée par --device-code --remember&#x202f;; --device-code vous connecte plutôt avec votre compte. Les points de terminaison en authMode AADToken sont appelés avec un jeton pour https://ml.azure.com de la même connexion.</translation>
    </message>
    <message>
        <source>
Sign-in: the profile&apos;s loginUrl, tenantId and clientId with its client secret (keychain, clientSecret), or AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET as Azure Identity reads them; without a client secret, the sign-in remembered by --device-code --remember. --device-code signs in with your account instead. The services are the profile&apos;s subscription and resource group.</source>
        <translation>
Connexion&#x202f;: loginUrl, tenantId et clientId du profil avec son secret client (trousseau, clientSecret), ou AZURE_TENANT_ID, AZURE_CLIENT_ID et AZURE_CLIENT_SECRET tels qu’Azure Identity les lit&#x202f;; sans secret client, la connexion conservée par --device-code --remember. --device-code vous connecte plutôt avec votre compte. Les services sont ceux de l’abonnement et du groupe de ressources du profil.</translation>
    </message>
    <message>
        <source>Sign in with your account (device code flow): open the URL printed on stderr and enter the code; the command goes on once it is approved. Default: the client secret, else the remembered sign-in.</source>
        <translation>Se connecter avec votre compte (flux de code d’appareil)&#x202f;: ouvrez l’URL affichée sur stderr et saisissez le code&#x202f;; la commande continue une fois la connexion approuvée. Par défaut&#x202f;: le secret client, sinon la connexion conservée.</translation>
    </message>
    <message>
        <source>With --device-code: keep the sign-in (its refresh token) in the keychain, so later commands of this profile sign in without --device-code. Default: not kept (clear it with &apos;profile set NAME refreshToken=&apos;).</source>
        <translation>Avec --device-code&#x202f;: conserver la connexion (son jeton d’actualisation) dans le trousseau, pour que les commandes suivantes de ce profil se connectent sans --device-code. Par défaut&#x202f;: non conservée (l’effacer avec «&#x202f;profile set NOM refreshToken=&#x202f;»).</translation>
    </message>
    <message>
        <source>Azure ML profiles: the job to re-run, when the model in production names no job: the JSON of GET jobs/{name}, or an az ml job create --file command-job YAML (.yml, .yaml).</source>
        <translation>Profils Azure ML&#x202f;: le travail à relancer quand le modèle en production ne nomme aucun travail&#x202f;: le JSON de GET jobs/{name}, ou un YAML de travail command de az ml job create --file (.yml, .yaml).</translation>
    </message>
</context>
<context>
    <name>mlr::cli::CommandLine</name>
    <message>
        <source>see &apos;%1 --help&apos;</source>
        <translation>voir «&#xa0;%1 --help&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs %2; %3</source>
        <translation>«&#xa0;%1&#xa0;» nécessite %2&#xa0;; %3</translation>
    </message>
    <message>
        <source>too many arguments for &apos;%1&apos; (unexpected &apos;%2&apos;); %3</source>
        <translation>trop d’arguments pour «&#xa0;%1&#xa0;» («&#xa0;%2&#xa0;» inattendu)&#xa0;; %3</translation>
    </message>
    <message>
        <source>the destination FILE is empty; %1</source>
        <translation>le fichier de destination FILE est vide&#xa0;; %1</translation>
    </message>
    <message>
        <source>an argument of &apos;%1&apos; is empty; %2</source>
        <translation>un argument de «&#xa0;%1&#xa0;» est vide&#xa0;; %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a command (%2); %3</source>
        <translation>«&#xa0;%1&#xa0;» nécessite une commande (%2)&#xa0;; %3</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; for &apos;%2&apos; (expected one of: %3); %4</source>
        <translation>commande «&#xa0;%1&#xa0;» inconnue pour «&#xa0;%2&#xa0;» (attendu&#xa0;: %3)&#xa0;; %4</translation>
    </message>
    <message>
        <source>missing command group (%1); %2</source>
        <translation>groupe de commandes manquant (%1)&#xa0;; %2</translation>
    </message>
    <message>
        <source>unknown command group &apos;%1&apos; (expected one of: %2); %3</source>
        <translation>groupe de commandes «&#xa0;%1&#xa0;» inconnu (attendu&#xa0;: %2)&#xa0;; %3</translation>
    </message>
    <message>
        <source>the blob is empty: expected CONTAINER/BLOB</source>
        <translation>le blob est vide&#xa0;: attendu CONTAINER/BLOB</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no container: expected CONTAINER/BLOB</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de conteneur&#xa0;: attendu CONTAINER/BLOB</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no blob name: expected CONTAINER/BLOB</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de nom de blob&#xa0;: attendu CONTAINER/BLOB</translation>
    </message>
    <message>
        <source>blob name &apos;%1&apos; ends with &apos;/&apos;: expected CONTAINER/BLOB</source>
        <translation>le nom de blob «&#xa0;%1&#xa0;» se termine par «&#xa0;/&#xa0;»&#xa0;: attendu CONTAINER/BLOB</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no key: expected KEY=VALUE</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de clé&#xa0;: attendu KEY=VALUE</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not KEY=VALUE</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme KEY=VALUE</translation>
    </message>
    <message>
        <source>none; required</source>
        <translation>aucune&#xa0;; obligatoire</translation>
    </message>
    <message>
        <source>List the profiles as JSON:</source>
        <translation>Lister les profils en JSON&#xa0;:</translation>
    </message>
    <message>
        <source>Show the profile &quot;work&quot;:</source>
        <translation>Afficher le profil «&#xa0;work&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Point the profile &quot;work&quot; at a container and read its SAS from a file:</source>
        <translation>Faire pointer le profil «&#xa0;work&#xa0;» vers un conteneur et lire sa SAS depuis un fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Clear a setting:</source>
        <translation>Effacer un paramètre&#xa0;:</translation>
    </message>
    <message>
        <source>Delete the profile &quot;old&quot; and its secrets:</source>
        <translation>Supprimer le profil «&#xa0;old&#xa0;» et ses secrets&#xa0;:</translation>
    </message>
    <message>
        <source>A profile for mlstudio-local&apos;s demo services:</source>
        <translation>Un profil pour les services de démonstration de mlstudio-local&#xa0;:</translation>
    </message>
    <message>
        <source>Check the storage account of the profile &quot;work&quot;:</source>
        <translation>Vérifier le compte de stockage du profil «&#xa0;work&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>List the containers:</source>
        <translation>Lister les conteneurs&#xa0;:</translation>
    </message>
    <message>
        <source>Create the container &quot;training&quot;:</source>
        <translation>Créer le conteneur «&#xa0;training&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>List the blobs under census/ in &quot;training&quot;:</source>
        <translation>Lister les blobs sous census/ dans «&#xa0;training&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>none (every blob)</source>
        <translation>aucune (tous les blobs)</translation>
    </message>
    <message>
        <source>Upload a CSV under its own name:</source>
        <translation>Téléverser un CSV sous son propre nom&#xa0;:</translation>
    </message>
    <message>
        <source>Upload with 16 MiB blocks, 4 at a time:</source>
        <translation>Téléverser par blocs de 16&#xa0;Mio, 4 à la fois&#xa0;:</translation>
    </message>
    <message>
        <source>Download a blob into the current folder:</source>
        <translation>Télécharger un blob dans le dossier courant&#xa0;:</translation>
    </message>
    <message>
        <source>Check, upload and submit new training data, and wait for the job:</source>
        <translation>Vérifier, téléverser et soumettre de nouvelles données d’entraînement, et attendre le travail&#xa0;:</translation>
    </message>
    <message>
        <source>Set two of the service&apos;s global parameters:</source>
        <translation>Définir deux des paramètres globaux du service&#xa0;:</translation>
    </message>
    <message>
        <source>the service&apos;s own defaults</source>
        <translation>les valeurs par défaut du service</translation>
    </message>
    <message>
        <source>a blob next to the uploaded input (model.ilearner, ...)</source>
        <translation>un blob à côté de l’entrée téléversée (model.ilearner, ...)</translation>
    </message>
    <message>
        <source>1    also: with --wait, the job failed or was cancelled</source>
        <translation>1    aussi&#xa0;: avec --wait, le travail a échoué ou a été annulé</translation>
    </message>
    <message>
        <source>The state and outputs of a job:</source>
        <translation>L’état et les sorties d’un travail&#xa0;:</translation>
    </message>
    <message>
        <source>Wait for a job to end:</source>
        <translation>Attendre la fin d’un travail&#xa0;:</translation>
    </message>
    <message>
        <source>1    also: the job failed or was cancelled</source>
        <translation>1    aussi&#xa0;: le travail a échoué ou a été annulé</translation>
    </message>
    <message>
        <source>Cancel a running job:</source>
        <translation>Annuler un travail en cours&#xa0;:</translation>
    </message>
    <message>
        <source>The jobs of this computer:</source>
        <translation>Les travaux de cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>Check a CSV before submitting it:</source>
        <translation>Vérifier un CSV avant de le soumettre&#xa0;:</translation>
    </message>
    <message>
        <source>1    also: the data check found an error</source>
        <translation>1    aussi&#xa0;: la vérification des données a trouvé une erreur</translation>
    </message>
    <message>
        <source>Compare a job&apos;s model with the one in production:</source>
        <translation>Comparer le modèle d’un travail avec celui en production&#xa0;:</translation>
    </message>
    <message>
        <source>The same with a stricter gate, as JSON:</source>
        <translation>La même chose avec un critère plus strict, en JSON&#xa0;:</translation>
    </message>
    <message>
        <source>the profile&apos;s promotionGate</source>
        <translation>le promotionGate du profil</translation>
    </message>
    <message>
        <source>3    the new model failed the promotion gate</source>
        <translation>3    le nouveau modèle n’a pas satisfait au critère de promotion</translation>
    </message>
    <message>
        <source>the service&apos;s only trained model asset</source>
        <translation>l’unique ressource de modèle entraîné du service</translation>
    </message>
    <message>
        <source>The web services of the profile:</source>
        <translation>Les services web du profil&#xa0;:</translation>
    </message>
    <message>
        <source>A service&apos;s whole definition:</source>
        <translation>La définition entière d’un service&#xa0;:</translation>
    </message>
    <message>
        <source>Export a definition to a file:</source>
        <translation>Exporter une définition dans un fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Create a copy of a service from an exported definition:</source>
        <translation>Créer une copie d’un service à partir d’une définition exportée&#xa0;:</translation>
    </message>
    <message>
        <source>none (the file&apos;s own, if any)</source>
        <translation>aucune (celle du fichier, s’il y en a une)</translation>
    </message>
    <message>
        <source>Create a service from a definition file:</source>
        <translation>Créer un service à partir d’un fichier de définition&#xa0;:</translation>
    </message>
    <message>
        <source>A retraining and predictive pair for a CSV (mlstudio-local):</source>
        <translation>Une paire de réentraînement et de prédiction pour un CSV (mlstudio-local)&#xa0;:</translation>
    </message>
    <message>
        <source>none; --definition or --template is required</source>
        <translation>aucune&#xa0;; --definition ou --template est obligatoire</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>none; required with --template</source>
        <translation>aucune&#xa0;; obligatoire avec --template</translation>
    </message>
    <message>
        <source>the template&apos;s learner</source>
        <translation>le module d’apprentissage du modèle de départ</translation>
    </message>
    <message>
        <source>See the change, the guard and the gate verdict, then decide:</source>
        <translation>Voir la modification, le contrôle et le verdict du critère, puis décider&#xa0;:</translation>
    </message>
    <message>
        <source>Apply it in a script, with the equivalent commands:</source>
        <translation>L’appliquer dans un script, avec les commandes équivalentes&#xa0;:</translation>
    </message>
    <message>
        <source>1    also: refused by the guard, not applied (no --yes), not verified, or the smoke test failed</source>
        <translation>1    aussi&#xa0;: refusé par le contrôle, non appliqué (pas de --yes), non vérifié, ou le test de fumée a échoué</translation>
    </message>
    <message>
        <source>Put back the model of the newest backup:</source>
        <translation>Remettre le modèle de la sauvegarde la plus récente&#xa0;:</translation>
    </message>
    <message>
        <source>Put back the model of a given backup:</source>
        <translation>Remettre le modèle d’une sauvegarde donnée&#xa0;:</translation>
    </message>
    <message>
        <source>Score the sample rows:</source>
        <translation>Noter les lignes d’exemple&#xa0;:</translation>
    </message>
    <message>
        <source>Everything that happened to a service:</source>
        <translation>Tout ce qui est arrivé à un service&#xa0;:</translation>
    </message>
    <message>
        <source>every service</source>
        <translation>tous les services</translation>
    </message>
    <message>
        <source>every job</source>
        <translation>tous les travaux</translation>
    </message>
    <message>
        <source>A job&apos;s decision report as PDF:</source>
        <translation>Le rapport de décision d’un travail en PDF&#xa0;:</translation>
    </message>
    <message>
        <source>Connection profiles (settings in a file, secrets in the keychain).</source>
        <translation>Profils de connexion (paramètres dans un fichier, secrets dans le trousseau).</translation>
    </message>
    <message>
        <source>Azure Blob storage: check, containers, list, upload, download.</source>
        <translation>Stockage Blob Azure&#xa0;: vérification, conteneurs, liste, téléversement, téléchargement.</translation>
    </message>
    <message>
        <source>Retraining through the Batch Execution Service: check data, submit, follow, evaluate.</source>
        <translation>Réentraînement par le service d’exécution par lots (BES)&#xa0;: vérification des données, soumission, suivi, évaluation.</translation>
    </message>
    <message>
        <source>Web services through Azure Resource Manager: list, get, export, import, update, rollback, smoke.</source>
        <translation>Services web par Azure Resource Manager&#xa0;: liste, lecture, exportation, importation, mise à jour, restauration, test de fumée.</translation>
    </message>
    <message>
        <source>The timeline of jobs, evaluations, updates and rollbacks.</source>
        <translation>La chronologie des travaux, évaluations, mises à jour et restaurations.</translation>
    </message>
    <message>
        <source>The decision report of a job, HTML or PDF.</source>
        <translation>Le rapport de décision d’un travail, en HTML ou PDF.</translation>
    </message>
    <message>
        <source>Profile name.</source>
        <translation>Nom du profil.</translation>
    </message>
    <message>
        <source>List the connection profiles.</source>
        <translation>Lister les profils de connexion.</translation>
    </message>
    <message>
        <source>Show a profile&apos;s settings; secrets only as &quot;set (keychain)&quot; or &quot;not set&quot;.</source>
        <translation>Afficher les paramètres d’un profil&#xa0;; les secrets seulement sous la forme «&#xa0;défini (trousseau)&#xa0;» ou «&#xa0;non défini&#xa0;».</translation>
    </message>
    <message>
        <source>Create a profile or change its settings.</source>
        <translation>Créer un profil ou modifier ses paramètres.</translation>
    </message>
    <message>
        <source>
Secret keys (accountKey, sas, trainingApiKey, predictiveApiKey, clientSecret) are stored in the OS keychain, never in the settings file; without a keychain they are refused.
A value given on the command line is visible to other users in the process list: write KEY=- to read the value from standard input instead (one line per KEY=-, in order; on a terminal it is asked for and not echoed), e.g.
  mlretrain-cli profile set work sas=- &lt; sas.txt
An empty value (KEY=) clears a setting or deletes a secret.</source>
        <translation>
Les clés secrètes (accountKey, sas, trainingApiKey, predictiveApiKey, clientSecret) sont enregistrées dans le trousseau du système, jamais dans le fichier de paramètres&#xa0;; sans trousseau, elles sont refusées.
Une valeur donnée sur la ligne de commande est visible des autres utilisateurs dans la liste des processus&#xa0;: écrivez plutôt KEY=- pour lire la valeur sur l’entrée standard (une ligne par KEY=-, dans l’ordre&#xa0;; dans un terminal, elle est demandée sans être affichée), p. ex.
  mlretrain-cli profile set work sas=- &lt; sas.txt
Une valeur vide (KEY=) efface un paramètre ou supprime un secret.</translation>
    </message>
    <message>
        <source>Settings to change; see &apos;mlretrain-cli profile show&apos; for the keys.</source>
        <translation>Paramètres à modifier&#xa0;; voir «&#xa0;mlretrain-cli profile show&#xa0;» pour les clés.</translation>
    </message>
    <message>
        <source>Delete a profile and its secrets in the keychain.</source>
        <translation>Supprimer un profil et ses secrets du trousseau.</translation>
    </message>
    <message>
        <source>Profile name (default: &quot;Local sandbox&quot;).</source>
        <translation>Nom du profil (par défaut&#xa0;: «&#xa0;Local sandbox&#xa0;»).</translation>
    </message>
    <message>
        <source>
The storage account comes from --connection-string, else AZURE_STORAGE_CONNECTION_STRING, else the profile (--profile, default the last used one) and its keychain secrets.</source>
        <translation>
Le compte de stockage vient de --connection-string, sinon d’AZURE_STORAGE_CONNECTION_STRING, sinon du profil (--profile, par défaut le dernier utilisé) et des secrets de son trousseau.</translation>
    </message>
    <message>
        <source>Check that the storage account is reachable and the credentials work.</source>
        <translation>Vérifier que le compte de stockage est joignable et que les identifiants fonctionnent.</translation>
    </message>
    <message>
        <source>List the containers.</source>
        <translation>Lister les conteneurs.</translation>
    </message>
    <message>
        <source>Create a container (succeeds if it already exists).</source>
        <translation>Créer un conteneur (réussit s’il existe déjà).</translation>
    </message>
    <message>
        <source>Container name: 3-63 lowercase letters, digits and single hyphens.</source>
        <translation>Nom du conteneur&#xa0;: de 3 à 63 lettres minuscules, chiffres et traits d’union isolés.</translation>
    </message>
    <message>
        <source>List the blobs of a container.</source>
        <translation>Lister les blobs d’un conteneur.</translation>
    </message>
    <message>
        <source>Container name.</source>
        <translation>Nom du conteneur.</translation>
    </message>
    <message>
        <source>Only blobs whose name starts with P.</source>
        <translation>Seulement les blobs dont le nom commence par P.</translation>
    </message>
    <message>
        <source>Upload a file as a block blob (resumable: run the same command again after an interruption and the blocks already sent are skipped).</source>
        <translation>Téléverser un fichier comme objet blob de blocs (reprise possible&#xa0;: relancez la même commande après une interruption et les blocs déjà envoyés sont ignorés).</translation>
    </message>
    <message>
        <source>
Progress goes to stderr, the result to stdout.</source>
        <translation>
La progression va sur stderr, le résultat sur stdout.</translation>
    </message>
    <message>
        <source>The local file to upload.</source>
        <translation>Le fichier local à téléverser.</translation>
    </message>
    <message>
        <source>Destination container and blob name; CONTAINER/ uses the file&apos;s name.</source>
        <translation>Conteneur et nom du blob de destination&#xa0;; CONTAINER/ utilise le nom du fichier.</translation>
    </message>
    <message>
        <source>Block size in MiB (default: automatic, 4 MiB doubled as needed). An interrupted upload resumes only with the same block size.</source>
        <translation>Taille de bloc en Mio (par défaut&#xa0;: automatique, 4&#xa0;Mio doublés si nécessaire). Un téléversement interrompu ne reprend qu’avec la même taille de bloc.</translation>
    </message>
    <message>
        <source>Blocks in flight, 1 to 6 (default: automatic).</source>
        <translation>Blocs envoyés en parallèle, de 1 à 6 (par défaut&#xa0;: automatique).</translation>
    </message>
    <message>
        <source>Download a blob to a file (checked against the blob&apos;s MD5 when it has one).</source>
        <translation>Télécharger un blob dans un fichier (vérifié par rapport au MD5 du blob s’il en a un).</translation>
    </message>
    <message>
        <source>The blob to download.</source>
        <translation>Le blob à télécharger.</translation>
    </message>
    <message>
        <source>Destination file, or an existing directory to download into.</source>
        <translation>Fichier de destination, ou dossier existant où télécharger.</translation>
    </message>
    <message>
        <source>Replace FILE if it already exists.</source>
        <translation>Remplacer FILE s’il existe déjà.</translation>
    </message>
    <message>
        <source>Use connection profile NAME (default: the last used one, else &quot;Local sandbox&quot;).</source>
        <translation>Utiliser le profil de connexion NAME (par défaut&#xa0;: le dernier utilisé, sinon «&#xa0;Local sandbox&#xa0;»).</translation>
    </message>
    <message>
        <source>Use this storage connection string instead of a profile (also read from AZURE_STORAGE_CONNECTION_STRING). It is visible in the process list: prefer the environment variable or a profile.</source>
        <translation>Utiliser cette chaîne de connexion de stockage au lieu d’un profil (lue aussi dans AZURE_STORAGE_CONNECTION_STRING). Elle est visible dans la liste des processus&#xa0;: préférez la variable d’environnement ou un profil.</translation>
    </message>
    <message>
        <source>Read and write profiles in this settings (INI) file instead of the default one.</source>
        <translation>Lire et écrire les profils dans ce fichier de paramètres (INI) au lieu de celui par défaut.</translation>
    </message>
    <message>
        <source>Print results on stdout as JSON.</source>
        <translation>Afficher les résultats sur stdout en JSON.</translation>
    </message>
    <message>
        <source>Print no progress on stderr.</source>
        <translation>N’afficher aucune progression sur stderr.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Repeatable.</source>
        <translation>Répétable.</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>Par défaut&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>Code de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>0    success</source>
        <translation>0    réussite</translation>
    </message>
    <message>
        <source>1    failure (the error is the last line on stderr)</source>
        <translation>1    échec (l’erreur est la dernière ligne sur stderr)</translation>
    </message>
    <message>
        <source>2    usage error (a wrong command line)</source>
        <translation>2    erreur d’utilisation (ligne de commande incorrecte)</translation>
    </message>
    <message>
        <source>130  interrupted (Ctrl+C, SIGTERM)</source>
        <translation>130  interruption (Ctrl+C, SIGTERM)</translation>
    </message>
    <message>
        <source>Retrain and redeploy Azure ML Studio (classic) models from the command line.
Results go to stdout (JSON with --json), progress and errors to stderr.
Exit status: 0 success, 1 failure, 2 usage error, 130 interrupted.</source>
        <translation>Réentraîner et redéployer des modèles Azure ML Studio (classique) depuis la ligne de commande.
Les résultats vont sur stdout (en JSON avec --json), la progression et les erreurs sur stderr.
Code de sortie&#xa0;: 0 réussite, 1 échec, 2 erreur d’utilisation, 130 interruption.</translation>
    </message>
    <message>
        <source>Command group (see below).</source>
        <translation>Groupe de commandes (voir ci-dessous).</translation>
    </message>
    <message>
        <source>Command of the group.</source>
        <translation>Commande du groupe.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run &apos;%1 GROUP COMMAND --help&apos; (or &apos;%1 help GROUP COMMAND&apos;) for a command&apos;s details.</source>
        <translation>Lancez «&#xa0;%1 GROUP COMMAND --help&#xa0;» (ou «&#xa0;%1 help GROUP COMMAND&#xa0;») pour le détail d’une commande.</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>Une des commandes ci-dessous.</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 COMMAND --help&apos; for a command&apos;s details.</source>
        <translation>Lancez «&#xa0;%1 %2 COMMAND --help&#xa0;» pour le détail d’une commande.</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Exemples&#xa0;:</translation>
    </message>
    <message>
        <source>Retrain on new data, compare the models, then update the predictive service:</source>
        <translation>Réentraîner sur de nouvelles données, comparer les modèles, puis mettre à jour le service prédictif&#xa0;:</translation>
    </message>
    <message>
        <source>Create or update a profile for mlstudio-local&apos;s services from its demo.json, or from the NAME.json of a pair made with &apos;service create --template&apos;.</source>
        <translation>Crée ou met à jour un profil pour les services de mlstudio-local à partir de son demo.json, ou du NOM.json d’une paire créée avec «&#xa0;service create --template&#xa0;».</translation>
    </message>
    <message>
        <source>
Settings: the storage account, endpoint and container, the training and predictive services, the sign-in (login, ARM, tenant, client, subscription, resource group). The container is created when missing, and the profile becomes the default one. Secrets (trainingApiKey, predictiveApiKey, accountKey, clientSecret) go to the keychain; without a keychain the profile is saved without them (and says how to pass them instead).</source>
        <translation>
Paramètres&#xa0;: le compte de stockage, son point de terminaison et son conteneur, les services d’entraînement et prédictif, la connexion (login, ARM, locataire, client, abonnement, groupe de ressources). Le conteneur est créé s’il manque, et le profil devient le profil par défaut. Les secrets (trainingApiKey, predictiveApiKey, accountKey, clientSecret) vont dans le trousseau&#xa0;; sans trousseau, le profil est enregistré sans eux (et la commande dit comment les passer autrement).</translation>
    </message>
    <message>
        <source>mlstudio-local&apos;s DIR/demo.json or DIR/NAME.json.</source>
        <translation>Le DOSSIER/demo.json ou DOSSIER/NOM.json de mlstudio-local.</translation>
    </message>
    <message>
        <source>the newest backup of NAME whose model exists and is not the current one</source>
        <translation>la sauvegarde la plus récente de NAME dont le modèle existe et n’est pas le modèle actuel</translation>
    </message>
    <message>
        <source>none: every numeric column is Number</source>
        <translation>aucune&#xa0;: toute colonne numérique est Number</translation>
    </message>
    <message>
        <source>The profile&apos;s container (default: the file&apos;s, else the profile&apos;s, else &quot;mlretrain&quot;; for azureml, the workspace&apos;s default datastore container).</source>
        <translation>Le conteneur du profil (par défaut&#xa0;: celui du fichier, sinon celui du profil, sinon «&#xa0;mlretrain&#xa0;»&#xa0;; pour azureml, le conteneur du magasin de données par défaut de l’espace de travail).</translation>
    </message>
    <message>
        <source>classic (default): the Studio (classic) services; azureml: the Azure Machine Learning workspace and endpoint of the file&apos;s &quot;azureml&quot; section (HTTPS, with the sandbox&apos;s CA certificate), as profile &quot;Azure ML sandbox&quot; unless NAME is given.</source>
        <translation>classic (par défaut)&#xa0;: les services Studio (classique)&#xa0;; azureml&#xa0;: l’espace de travail et le point de terminaison Azure Machine Learning de la section «&#xa0;azureml&#xa0;» du fichier (HTTPS, avec le certificat d’autorité du bac à sable), sous le profil «&#xa0;Azure ML sandbox&#xa0;» sauf si NAME est donné.</translation>
    </message>
    <message>
        <source>What the profile&apos;s endpoint serves, and the job that trained it:</source>
        <translation>Ce que sert le point de terminaison du profil, et le travail qui l’a entraîné&#xa0;:</translation>
    </message>
    <message>
        <source>Another endpoint of the workspace, as JSON:</source>
        <translation>Un autre point de terminaison de l’espace de travail, en JSON&#xa0;:</translation>
    </message>
    <message>
        <source>none (the job the model in production names)</source>
        <translation>aucun (le travail que nomme le modèle en production)</translation>
    </message>
    <message>
        <source>An Azure ML profile: re-run the job of the endpoint&apos;s model on new data:</source>
        <translation>Un profil Azure ML&#xa0;: relancer sur de nouvelles données le travail du modèle du point de terminaison&#xa0;:</translation>
    </message>
    <message>
        <source>The workspace&apos;s endpoints and their traffic:</source>
        <translation>Les points de terminaison de l’espace de travail et leur trafic&#xa0;:</translation>
    </message>
    <message>
        <source>Roll the retrained model out, 10 % then 100 %, without questions:</source>
        <translation>Mettre en production le modèle réentraîné, à 10&#xa0;% puis à 100&#xa0;%, sans questions&#xa0;:</translation>
    </message>
    <message>
        <source>Stop at 10 % (a canary); run it again later to go on:</source>
        <translation>S’arrêter à 10&#xa0;% (un canari)&#xa0;; relancer plus tard pour continuer&#xa0;:</translation>
    </message>
    <message>
        <source>Slower stages, with the equivalent commands:</source>
        <translation>Des étapes plus progressives, avec les commandes équivalentes&#xa0;:</translation>
    </message>
    <message>
        <source>none (every stage)</source>
        <translation>aucune (toutes les étapes)</translation>
    </message>
    <message>
        <source>the production deployment</source>
        <translation>le déploiement de production</translation>
    </message>
    <message>
        <source>none (every column is sent)</source>
        <translation>aucune (toutes les colonnes sont envoyées)</translation>
    </message>
    <message>
        <source>Split the traffic by hand:</source>
        <translation>Répartir le trafic à la main&#xa0;:</translation>
    </message>
    <message>
        <source>Put the traffic back as before the last roll-out:</source>
        <translation>Remettre le trafic comme avant la dernière mise en production&#xa0;:</translation>
    </message>
    <message>
        <source>Delete the deployment the last roll-out replaced:</source>
        <translation>Supprimer le déploiement que la dernière mise en production a remplacé&#xa0;:</translation>
    </message>
    <message>
        <source>Delete a named deployment:</source>
        <translation>Supprimer un déploiement nommé&#xa0;:</translation>
    </message>
    <message>
        <source>Score rows on green (at 0 %) and compare with production:</source>
        <translation>Noter des lignes par green (à 0&#xa0;%) et comparer avec la production&#xa0;:</translation>
    </message>
    <message>
        <source>The registered models:</source>
        <translation>Les modèles inscrits&#xa0;:</translation>
    </message>
    <message>
        <source>The versions of one model, newest first:</source>
        <translation>Les versions d’un modèle, les plus récentes en premier&#xa0;:</translation>
    </message>
    <message>
        <source>The latest version and the job that trained it:</source>
        <translation>La dernière version et le travail qui l’a entraînée&#xa0;:</translation>
    </message>
    <message>
        <source>One version, as JSON:</source>
        <translation>Une version, en JSON&#xa0;:</translation>
    </message>
    <message>
        <source>Azure Machine Learning online endpoints (profiles of kind azureml): list, show, rollout, traffic, rollback, retire, smoke.</source>
        <translation>Points de terminaison en ligne Azure Machine Learning (profils de type azureml)&#xa0;: list, show, rollout, traffic, rollback, retire, smoke.</translation>
    </message>
    <message>
        <source>Azure Machine Learning registered models (profiles of kind azureml): list, show.</source>
        <translation>Modèles inscrits Azure Machine Learning (profils de type azureml)&#xa0;: list, show.</translation>
    </message>
    <message>
        <source>Sign in with your account (a device code) and stay signed in for later commands:</source>
        <translation>Se connecter avec votre compte (un code d’appareil) et rester connecté pour les commandes suivantes&#x202f;:</translation>
    </message>
    <message>
        <source>The same, signing in with your account (a device code):</source>
        <translation>La même chose, en se connectant avec votre compte (un code d’appareil)&#x202f;:</translation>
    </message>
    <message>
        <source>An Azure ML profile whose model names no job: re-run the job an az ml YAML defines:</source>
        <translation>Un profil Azure ML dont le modèle ne nomme aucun travail&#x202f;: relancer le travail que définit un YAML az ml&#x202f;:</translation>
    </message>
</context>
<context>
    <name>mlr::cli::ContainersCommand</name>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>LAST MODIFIED</source>
        <translation>DERNIÈRE MODIFICATION</translation>
    </message>
</context>
<context>
    <name>mlr::cli::DownloadCommand</name>
    <message>
        <source>&apos;%1&apos; already exists; use --overwrite to replace it.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;; utilisez --overwrite pour le remplacer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; exists and is not a file.</source>
        <translation>«&#xa0;%1&#xa0;» existe et n’est pas un fichier.</translation>
    </message>
    <message>
        <source>The folder of &apos;%1&apos; does not exist.</source>
        <translation>Le dossier de «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>download</source>
        <translation>téléchargement</translation>
    </message>
    <message>
        <source>Downloaded %1/%2 to %3 (%4 in %5 s, %6); MD5 %7 %8.</source>
        <translation>%1/%2 téléchargé dans %3 (%4 en %5&#xa0;s, %6)&#xa0;; MD5 %7 %8.</translation>
    </message>
    <message>
        <source>(verified)</source>
        <translation>(vérifié)</translation>
    </message>
    <message>
        <source>(the blob has no MD5 to check against)</source>
        <translation>(le blob n’a pas de MD5 pour la vérification)</translation>
    </message>
</context>
<context>
    <name>mlr::cli::EndpointListCommand</name>
    <message>
        <source>the online endpoints of workspace %1</source>
        <translation>les points de terminaison en ligne de l’espace de travail %1</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>POINT DE TERMINAISON</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <source>TRAFFIC</source>
        <translation>TRAFIC</translation>
    </message>
</context>
<context>
    <name>mlr::cli::EndpointRetireCommand</name>
    <message>
        <source>Name the deployment to retire: there is no roll-out backup of endpoint %1.</source>
        <translation>Nommez le déploiement à retirer&#xa0;: il n’y a aucune sauvegarde de mise en production du point de terminaison %1.</translation>
    </message>
    <message>
        <source>Deployment %1 is the rollback target of the last roll-out (%2): once it is deleted, a rollback means creating it again. Add --yes to retire it.</source>
        <translation>Le déploiement %1 est la cible de restauration de la dernière mise en production (%2)&#xa0;: une fois qu’il est supprimé, une restauration impose de le recréer. Ajoutez --yes pour le retirer.</translation>
    </message>
    <message>
        <source>Delete deployment %1 of endpoint %2?</source>
        <translation>Supprimer le déploiement %1 du point de terminaison %2&#xa0;?</translation>
    </message>
    <message>
        <source>Deployment %1 of %2 is deleted; deployments now: %3.</source>
        <translation>Le déploiement %1 de %2 est supprimé&#xa0;; déploiements restants&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>mlr::cli::EndpointRollbackCommand</name>
    <message>
        <source>There is no roll-out backup of endpoint %1 in %2: nothing to roll back to (give --to BACKUP).</source>
        <translation>Il n’y a aucune sauvegarde de mise en production du point de terminaison %1 dans %2&#xa0;: rien à restaurer (indiquez --to BACKUP).</translation>
    </message>
    <message>
        <source>Backup %1 is of endpoint %2, not %3.</source>
        <translation>La sauvegarde %1 est celle du point de terminaison %2, et non de %3.</translation>
    </message>
    <message>
        <source>rolling back to the traffic of %1: %2</source>
        <translation>retour au trafic de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Put the traffic of %1 back to %2?</source>
        <translation>Remettre le trafic de %1 à %2&#xa0;?</translation>
    </message>
    <message>
        <source>Traffic of %1 (read back): %2.</source>
        <translation>Trafic de %1 (relu)&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>mlr::cli::EndpointRolloutCommand</name>
    <message>
        <source>&apos;endpoint rollout&apos; needs --from-job JOB (the retraining job whose model goes out).</source>
        <translation>«&#xa0;endpoint rollout&#xa0;» nécessite --from-job JOB (le travail de réentraînement dont le modèle est mis en production).</translation>
    </message>
    <message>
        <source>--until must be one of the stages (%1).</source>
        <translation>--until doit être l’une des étapes (%1).</translation>
    </message>
    <message>
        <source>Retrained by job %1 (mlretrain-cli)</source>
        <translation>Réentraîné par le travail %1 (mlretrain-cli)</translation>
    </message>
    <message>
        <source>job %1 was not evaluated (see &apos;retrain evaluate %1&apos;)</source>
        <translation>le travail %1 n’a pas été évalué (voir «&#xa0;retrain evaluate %1&#xa0;»)</translation>
    </message>
    <message>
        <source>gate verdict of job %1: %2</source>
        <translation>verdict du critère pour le travail %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Job %1 failed the promotion gate: nothing was changed (add --ignore-gate to roll it out anyway).</source>
        <translation>Le travail %1 n’a pas satisfait au critère de promotion&#xa0;: rien n’a été modifié (ajoutez --ignore-gate pour le mettre en production quand même).</translation>
    </message>
    <message>
        <source>No rows to smoke-test the new deployment with: give --sample FILE (a CSV of the model&apos;s input columns) or --skip-smoke.</source>
        <translation>Aucune ligne pour le test de fumée du nouveau déploiement&#xa0;: indiquez --sample FILE (un CSV des colonnes d’entrée du modèle) ou --skip-smoke.</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>travail %1</translation>
    </message>
    <message>
        <source>Roll out the model of job %1 on endpoint %2: register it, deploy it at 0 %, smoke-test it, then move the traffic in stages (%3), each asked for. Go on?</source>
        <translation>Mettre en production le modèle du travail %1 sur le point de terminaison %2&#xa0;: l’inscrire, le déployer à 0&#xa0;%, le soumettre au test de fumée, puis déplacer le trafic par étapes (%3), chacune après confirmation. Continuer&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing was changed: add --yes to roll out (standard input is not a terminal).</source>
        <translation>Rien n’a été modifié&#xa0;: ajoutez --yes pour mettre en production (l’entrée standard n’est pas un terminal).</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>backup: %1</source>
        <translation>sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>traffic read back: %1</source>
        <translation>trafic relu&#xa0;: %1</translation>
    </message>
    <message>
        <source>stopping at %1 % (--until)</source>
        <translation>arrêt à %1&#xa0;% (--until)</translation>
    </message>
    <message>
        <source>Move the traffic to %1?</source>
        <translation>Passer le trafic à %1&#xa0;?</translation>
    </message>
    <message>
        <source>the history could not be updated: %1</source>
        <translation>l’historique n’a pas pu être mis à jour&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mlr::cli::EndpointShowCommand</name>
    <message>
        <source>Online endpoint %1 (workspace %2): %3, authentication %4.</source>
        <translation>Point de terminaison en ligne %1 (espace de travail %2)&#xa0;: %3, authentification %4.</translation>
    </message>
    <message>
        <source>Scoring URI: %1</source>
        <translation>URI de scoring&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deployments:</source>
        <translation>Déploiements&#xa0;:</translation>
    </message>
    <message>
        <source>  %1  %2 %3  %4 x %5  %6  traffic %7 %</source>
        <translation>  %1  %2 %3  %4 x %5  %6  trafic %7&#xa0;%</translation>
    </message>
    <message>
        <source>In production: model %1 version %2 (deployment %3), trained by job %4 (%5).</source>
        <translation>En production&#xa0;: modèle %1 version %2 (déploiement %3), entraîné par le travail %4 (%5).</translation>
    </message>
    <message>
        <source>In production: model %1 version %2 (deployment %3); the model names no training job (retraining needs a job definition file).</source>
        <translation>En production&#xa0;: modèle %1 version %2 (déploiement %3)&#xa0;; le modèle ne nomme aucun travail d’entraînement (le réentraînement demande un fichier de définition de travail).</translation>
    </message>
</context>
<context>
    <name>mlr::cli::EndpointSmokeCommand</name>
    <message>
        <source>&apos;endpoint smoke&apos; needs --sample FILE (a CSV of the model&apos;s input columns).</source>
        <translation>«&#xa0;endpoint smoke&#xa0;» nécessite --sample FILE (un CSV des colonnes d’entrée du modèle).</translation>
    </message>
    <message>
        <source>Deployment %1 answered:</source>
        <translation>Le déploiement %1 a répondu&#xa0;:</translation>
    </message>
    <message>
        <source>Against %1: %2</source>
        <translation>Par rapport à %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>mlr::cli::EndpointTrafficCommand</name>
    <message>
        <source>&apos;%1&apos; is not DEPLOYMENT=PERCENT (a whole number from 0 to 100).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme DEPLOYMENT=PERCENT (un nombre entier de 0 à 100).</translation>
    </message>
    <message>
        <source>Give the traffic as DEPLOYMENT=PERCENT..., e.g. blue=90 green=10.</source>
        <translation>Indiquez le trafic sous la forme DEPLOYMENT=PERCENT..., p. ex. blue=90 green=10.</translation>
    </message>
    <message>
        <source>The traffic adds up to %1 %: it must add up to 100 (or 0).</source>
        <translation>Le trafic totalise %1&#xa0;%&#xa0;: il doit totaliser 100 (ou 0).</translation>
    </message>
    <message>
        <source>Set the traffic of %1 to %2?</source>
        <translation>Définir le trafic de %1 à %2&#xa0;?</translation>
    </message>
    <message>
        <source>Traffic of %1 (read back): %2.</source>
        <translation>Trafic de %1 (relu)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The traffic of %1 could not be read back.</source>
        <translation>Le trafic de %1 n’a pas pu être relu.</translation>
    </message>
</context>
<context>
    <name>mlr::cli::EvaluateCommand</name>
    <message>
        <source>There is no profile named &apos;%1&apos; (see &apos;%2 profile list&apos;).</source>
        <translation>Il n’existe aucun profil nommé «&#xa0;%1&#xa0;» (voir «&#xa0;%2 profile list&#xa0;»).</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; has no predictiveRequestUrl (the service in production).</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n’a pas de predictiveRequestUrl (le service en production).</translation>
    </message>
    <message>
        <source>The predictive service&apos;s API key of profile &apos;%1&apos; is not set. Store it with &apos;%2 profile set &quot;%1&quot; predictiveApiKey=-&apos; or pass it in %3.</source>
        <translation>La clé d’API du service prédictif du profil «&#xa0;%1&#xa0;» n’est pas définie. Enregistrez-la avec «&#xa0;%2 profile set &quot;%1&quot; predictiveApiKey=-&#xa0;» ou passez-la dans %3.</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>download</source>
        <translation>téléchargement</translation>
    </message>
</context>
<context>
    <name>mlr::cli::GetCommand</name>
    <message>
        <source>%1 already exists; add --overwrite to replace it.</source>
        <translation>%1 existe déjà&#xa0;; ajoutez --overwrite pour le remplacer.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 exporté dans %2</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nom&#xa0;: %1</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titre&#xa0;: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Lecture seule&#xa0;: %1</translation>
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
        <source>Storage account: %1</source>
        <translation>Compte de stockage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Trained model %1 (%2): %3</source>
        <translation>Modèle entraîné %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>This is a training service (an output is a trained model).</source>
        <translation>C’est un service d’entraînement (une sortie est un modèle entraîné).</translation>
    </message>
</context>
<context>
    <name>mlr::cli::HistoryCommand</name>
    <message>
        <source>(no history yet)</source>
        <translation>(pas encore d’historique)</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>ÉCHEC&#xa0;: %1</translation>
    </message>
    <message>
        <source>Wrote the decision report of %1 to %2</source>
        <translation>Rapport de décision de %1 écrit dans %2</translation>
    </message>
</context>
<context>
    <name>mlr::cli::JobCommand</name>
    <message>
        <source>the service reported an unknown state &apos;%1&apos;</source>
        <translation>le service a signalé un état inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>mlr::cli::JobFollower</name>
    <message>
        <source>job %1: the service cannot be reached (%2 time(s) in a row), still trying: %3</source>
        <translation>travail %1&#xa0;: le service est injoignable (%2 fois de suite), nouvelle tentative&#xa0;: %3</translation>
    </message>
    <message>
        <source>job %1: the service answers again</source>
        <translation>travail %1&#xa0;: le service répond de nouveau</translation>
    </message>
    <message>
        <source>the job journal could not be updated: %1</source>
        <translation>le journal des travaux n’a pas pu être mis à jour&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mlr::cli::JobsCommand</name>
    <message>
        <source>JOB</source>
        <translation>TRAVAIL</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>SUBMITTED</source>
        <translation>SOUMIS</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>INPUT</source>
        <translation>ENTRÉE</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
</context>
<context>
    <name>mlr::cli::ListCommand</name>
    <message>
        <source>	read-only</source>
        <translation>	lecture seule</translation>
    </message>
    <message>
        <source>(no web services)</source>
        <translation>(aucun service web)</translation>
    </message>
</context>
<context>
    <name>mlr::cli::LsCommand</name>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>LAST MODIFIED</source>
        <translation>DERNIÈRE MODIFICATION</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
</context>
<context>
    <name>mlr::cli::MkContainerCommand</name>
    <message>
        <source>Created container &apos;%1&apos;.</source>
        <translation>Conteneur «&#xa0;%1&#xa0;» créé.</translation>
    </message>
    <message>
        <source>Container &apos;%1&apos; already exists.</source>
        <translation>Le conteneur «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
</context>
<context>
    <name>mlr::cli::ModelListCommand</name>
    <message>
        <source>the versions of model %1</source>
        <translation>les versions du modèle %1</translation>
    </message>
    <message>
        <source>the models of workspace %1</source>
        <translation>les modèles de l’espace de travail %1</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODÈLE</translation>
    </message>
    <message>
        <source>LATEST VERSION</source>
        <translation>DERNIÈRE VERSION</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>TRAVAIL</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉATION</translation>
    </message>
</context>
<context>
    <name>mlr::cli::ModelShowCommand</name>
    <message>
        <source>model %1</source>
        <translation>modèle %1</translation>
    </message>
    <message>
        <source>Model %1 has no version yet.</source>
        <translation>Le modèle %1 n’a encore aucune version.</translation>
    </message>
    <message>
        <source>version %1 of model %2</source>
        <translation>version %1 du modèle %2</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>trained by job</source>
        <translation>entraîné par le travail</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>created</source>
        <translation>création</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>balise %1</translation>
    </message>
</context>
<context>
    <name>mlr::cli::ProfileDeleteCommand</name>
    <message>
        <source>the keychain is unavailable, so secrets of &apos;%1&apos; stored there earlier (if any) were not deleted: %2.</source>
        <translation>le trousseau n’est pas disponible&#xa0;: les secrets de «&#xa0;%1&#xa0;» qui y étaient enregistrés (le cas échéant) n’ont pas été supprimés&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; was deleted, but removing its secrets failed</source>
        <translation>Le profil «&#xa0;%1&#xa0;» a été supprimé, mais la suppression de ses secrets a échoué</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; was deleted.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» a été supprimé.</translation>
    </message>
</context>
<context>
    <name>mlr::cli::ProfileFromSandboxCommand</name>
    <message>
        <source>&apos;%1&apos; cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not mlstudio-local&apos;s demo.json (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas le demo.json de mlstudio-local (%2).</translation>
    </message>
    <message>
        <source>The storageConnectionString of &apos;%1&apos;</source>
        <translation>Le storageConnectionString de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an unusable %2; nothing was changed</source>
        <translation>«&#xa0;%1&#xa0;» a un %2 inutilisable&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; was saved, but storing its %2 in the keychain failed</source>
        <translation>Le profil «&#xa0;%1&#xa0;» a été enregistré, mais l’enregistrement de son %2 dans le trousseau a échoué</translation>
    </message>
    <message>
        <source>stored in the keychain: %1.</source>
        <translation>enregistré dans le trousseau&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Creating container &apos;%1&apos; for profile &apos;%2&apos; (nothing was saved)</source>
        <translation>Création du conteneur «&#xa0;%1&#xa0;» pour le profil «&#xa0;%2&#xa0;» (rien n’a été enregistré)</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; created from %2</source>
        <translation>Profil «&#xa0;%1&#xa0;» créé à partir de %2</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; updated from %2</source>
        <translation>Profil «&#xa0;%1&#xa0;» mis à jour à partir de %2</translation>
    </message>
    <message>
        <source>Container &apos;%1&apos; created; the profile keeps its blobs there.</source>
        <translation>Conteneur «&#xa0;%1&#xa0;» créé&#xa0;; le profil y range ses blobs.</translation>
    </message>
    <message>
        <source>The profile keeps its blobs in container &apos;%1&apos;.</source>
        <translation>Le profil range ses blobs dans le conteneur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is now the default profile.</source>
        <translation>«&#xa0;%1&#xa0;» est désormais le profil par défaut.</translation>
    </message>
    <message>
        <source>The keychain is unavailable, so the profile was saved WITHOUT its secrets (%1): they cannot be kept anywhere else.</source>
        <translation>Le trousseau n’est pas disponible&#xa0;: le profil a donc été enregistré SANS ses secrets (%1), qui ne peuvent être conservés nulle part ailleurs.</translation>
    </message>
    <message>
        <source>--kind must be classic or azureml (got &apos;%1&apos;).</source>
        <translation>--kind doit valoir classic ou azureml (et non «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no &quot;azureml&quot; section: it was written by an mlstudio-local without the Azure Machine Learning surface. Start mlstudio-local --seed-demo again.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de section «&#xa0;azureml&#xa0;»&#xa0;: il a été écrit par un mlstudio-local sans la surface Azure Machine Learning. Relancez mlstudio-local --seed-demo.</translation>
    </message>
</context>
<context>
    <name>mlr::cli::ProfileListCommand</name>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>NOTES</source>
        <translation>REMARQUES</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>last used</source>
        <translation>dernier utilisé</translation>
    </message>
</context>
<context>
    <name>mlr::cli::ProfileSetCommand</name>
    <message>
        <source>Value for %1: </source>
        <translation>Valeur de %1&#xa0;: </translation>
    </message>
    <message>
        <source>%1=- reads the value from standard input, but the input ended first. Nothing was changed.</source>
        <translation>%1=- lit la valeur sur l’entrée standard, mais l’entrée s’est terminée avant. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Rien n’a été modifié</translation>
    </message>
    <message>
        <source>accountKey is not valid base64: copy the whole key (it usually ends with &apos;==&apos;) from the storage account&apos;s Access keys page. Nothing was changed.</source>
        <translation>accountKey n’est pas du base64 valide&#xa0;: copiez la clé entière (elle se termine généralement par «&#xa0;==&#xa0;») depuis la page Clés d’accès du compte de stockage. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>sas has no signature (sig=...): paste the whole SAS token. Nothing was changed.</source>
        <translation>sas n’a pas de signature (sig=...)&#xa0;: collez le jeton SAS entier. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Nothing was changed: secrets go only to the keychain, never to a file, and the keychain is unavailable: %1. Unlock or start a keyring (Secret Service), or pass the storage connection string in %2 instead.</source>
        <translation>Rien n’a été modifié&#xa0;: les secrets ne vont que dans le trousseau, jamais dans un fichier, et le trousseau n’est pas disponible&#xa0;: %1. Déverrouillez ou démarrez un trousseau (Secret Service), ou passez plutôt la chaîne de connexion du stockage dans %2.</translation>
    </message>
    <message>
        <source>settings changed: %1</source>
        <translation>paramètres modifiés&#xa0;: %1</translation>
    </message>
    <message>
        <source>stored in the keychain: %1</source>
        <translation>enregistré dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>deleted from the keychain: %1</source>
        <translation>supprimé du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; created</source>
        <translation>Profil «&#xa0;%1&#xa0;» créé</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; updated</source>
        <translation>Profil «&#xa0;%1&#xa0;» mis à jour</translation>
    </message>
</context>
<context>
    <name>mlr::cli::ProfileShowCommand</name>
    <message>
        <source>There is no profile named &apos;%1&apos; (see &apos;%2 profile list&apos;).</source>
        <translation>Il n’existe aucun profil nommé «&#xa0;%1&#xa0;» (voir «&#xa0;%2 profile list&#xa0;»).</translation>
    </message>
    <message>
        <source>secrets are shown as not set, because the keychain is unavailable: %1.</source>
        <translation>les secrets sont affichés comme non définis, car le trousseau n’est pas disponible&#xa0;: %1.</translation>
    </message>
    <message>
        <source>set (keychain)</source>
        <translation>défini (trousseau)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>(built-in)</source>
        <translation>(intégré)</translation>
    </message>
</context>
<context>
    <name>mlr::cli::PutCommand</name>
    <message>
        <source>service create needs --definition FILE, or --template T --schema-from CSV --label COLUMN.</source>
        <translation>service create nécessite --definition FILE, ou --template T --schema-from CSV --label COLUMN.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>ignored read-only member %1</source>
        <translation>membre en lecture seule %1 ignoré</translation>
    </message>
    <message>
        <source>operation: %1</source>
        <translation>opération&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 was refused; web service %2 is unchanged</source>
        <translation>%1 a été refusé&#xa0;; le service web %2 est inchangé</translation>
    </message>
    <message>
        <source>Created %1 from %2</source>
        <translation>%1 créé à partir de %2</translation>
    </message>
    <message>
        <source>Imported %2 as %1</source>
        <translation>%2 importé sous le nom %1</translation>
    </message>
    <message>
        <source>%1 %2 (operation %3)</source>
        <translation>%1 %2 (opération %3)</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>remplacé</translation>
    </message>
</context>
<context>
    <name>mlr::cli::RetrainCommand</name>
    <message>
        <source>The training service&apos;s API key of profile &apos;%1&apos; is not set. Store it with &apos;%2 profile set &quot;%1&quot; trainingApiKey=-&apos; or pass it in %3.</source>
        <translation>La clé d’API du service d’entraînement du profil «&#xa0;%1&#xa0;» n’est pas définie. Enregistrez-la avec «&#xa0;%2 profile set &quot;%1&quot; trainingApiKey=-&#xa0;» ou passez-la dans %3.</translation>
    </message>
    <message>
        <source>(The keychain is unavailable: %1.)</source>
        <translation>(Le trousseau n’est pas disponible&#xa0;: %1.)</translation>
    </message>
    <message>
        <source>Job %1 is not in the job journal, and profile &apos;%2&apos; has no trainingBatchUrl to look for it.</source>
        <translation>Le travail %1 n’est pas dans le journal des travaux, et le profil «&#xa0;%2&#xa0;» n’a pas de trainingBatchUrl pour le chercher.</translation>
    </message>
    <message>
        <source>the job journal could not be updated: %1</source>
        <translation>le journal des travaux n’a pas pu être mis à jour&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mlr::cli::ServiceCommand</name>
    <message>
        <source>the Azure sign-in expired; signed in to Azure again</source>
        <translation>la connexion Azure avait expiré&#xa0;; reconnecté à Azure</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; has no predictive service URL.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n’a pas d’URL de service prédictif.</translation>
    </message>
    <message>
        <source>scoring through the profile&apos;s predictive service %1</source>
        <translation>notation par le service prédictif %1 du profil</translation>
    </message>
</context>
<context>
    <name>mlr::cli::StorageCommand</name>
    <message>
        <source>--connection-string</source>
        <translation>--connection-string</translation>
    </message>
</context>
<context>
    <name>mlr::cli::SubmitCommand</name>
    <message>
        <source>&apos;retrain submit&apos; needs --input FILE (the training data).</source>
        <translation>«&#xa0;retrain submit&#xa0;» nécessite --input FILE (les données d’entraînement).</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; does not exist or cannot be read.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’existe pas ou ne peut pas être lu.</translation>
    </message>
    <message>
        <source>--param &apos;%1&apos; is not NAME=VALUE.</source>
        <translation>--param «&#xa0;%1&#xa0;» n’est pas de la forme NAME=VALUE.</translation>
    </message>
    <message>
        <source>--output &apos;%1&apos; is not NAME=BLOB.</source>
        <translation>--output «&#xa0;%1&#xa0;» n’est pas de la forme NAME=BLOB.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; has no trainingBatchUrl (the retraining service&apos;s BES URL): set it with &apos;%2 profile set &quot;%1&quot; trainingBatchUrl=URL&apos;.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n’a pas de trainingBatchUrl (l’URL BES du service de réentraînement)&#xa0;: définissez-la avec «&#xa0;%2 profile set &quot;%1&quot; trainingBatchUrl=URL&#xa0;».</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; has no container for the job&apos;s blobs: set it with &apos;%2 profile set &quot;%1&quot; container=NAME&apos;.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n’a pas de conteneur pour les blobs du travail&#xa0;: définissez-le avec «&#xa0;%2 profile set &quot;%1&quot; container=NAME&#xa0;».</translation>
    </message>
    <message>
        <source>reading the service&apos;s swagger.json</source>
        <translation>lecture du swagger.json du service</translation>
    </message>
    <message>
        <source>data check skipped (--skip-check)</source>
        <translation>vérification des données ignorée (--skip-check)</translation>
    </message>
    <message>
        <source>checking %1 against the service&apos;s input</source>
        <translation>vérification de %1 par rapport à l’entrée du service</translation>
    </message>
    <message>
        <source>uploading to %1/%2</source>
        <translation>téléversement vers %1/%2</translation>
    </message>
    <message>
        <source>submitting the job</source>
        <translation>soumission du travail</translation>
    </message>
    <message>
        <source>starting the job</source>
        <translation>démarrage du travail</translation>
    </message>
    <message>
        <source>upload</source>
        <translation>téléversement</translation>
    </message>
    <message>
        <source>job %1 was created; see &apos;%2 retrain status %1&apos;</source>
        <translation>le travail %1 a été créé&#xa0;; voir «&#xa0;%2 retrain status %1&#xa0;»</translation>
    </message>
    <message>
        <source>job %1 started; waiting for it to end (Ctrl+C stops waiting, the job goes on)</source>
        <translation>travail %1 démarré&#xa0;; attente de sa fin (Ctrl+C arrête l’attente, le travail continue)</translation>
    </message>
</context>
<context>
    <name>mlr::cli::TemplateCommand</name>
    <message>
        <source>service create --template needs --schema-from CSV and --label COLUMN.</source>
        <translation>service create --template nécessite --schema-from CSV et --label COLUMN.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>creating %1-retraining and %1-predictive (training the first model)</source>
        <translation>création de %1-retraining et %1-predictive (entraînement du premier modèle)</translation>
    </message>
    <message>
        <source>Created %1 and %2 from template %3</source>
        <translation>%1 et %2 créés à partir du modèle de départ %3</translation>
    </message>
    <message>
        <source>Created %1 and %2; profile &apos;%3&apos; now uses them.</source>
        <translation>%1 et %2 créés&#xa0;; le profil «&#xa0;%3&#xa0;» les utilise désormais.</translation>
    </message>
    <message>
        <source>that file</source>
        <translation>ce fichier</translation>
    </message>
    <message>
        <source>The keychain is unavailable, so the new services&apos; API keys were not stored: they are in %1.json in mlstudio-local&apos;s data folder (the pair&apos;s description; &apos;%2 profile from-sandbox DIR/%1.json&apos; makes a profile of it).</source>
        <translation>Le trousseau n’est pas disponible&#xa0;: les clés d’API des nouveaux services n’ont donc pas été enregistrées&#xa0;; elles sont dans %1.json, dans le dossier de données de mlstudio-local (la description de la paire&#xa0;; «&#xa0;%2 profile from-sandbox DOSSIER/%1.json&#xa0;» en fait un profil).</translation>
    </message>
</context>
<context>
    <name>mlr::cli::UpdateCommand</name>
    <message>
        <source>service update needs --from-job JOB.</source>
        <translation>service update nécessite --from-job JOB.</translation>
    </message>
    <message>
        <source>Job %1 has no trained model output.</source>
        <translation>Le travail %1 n’a pas de sortie de modèle entraîné.</translation>
    </message>
    <message>
        <source>operation: %1</source>
        <translation>opération&#xa0;: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Change of %1:</source>
        <translation>Modification de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Gate verdict of job %1: %2</source>
        <translation>Verdict du critère pour le travail %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Job %1 was not evaluated (run &apos;retrain evaluate %1&apos; first).</source>
        <translation>Le travail %1 n’a pas été évalué (lancez d’abord «&#xa0;retrain evaluate %1&#xa0;»).</translation>
    </message>
    <message>
        <source>Nothing was changed: add --yes to apply the change (standard input is not a terminal).</source>
        <translation>Rien n’a été modifié&#xa0;: ajoutez --yes pour appliquer la modification (l’entrée standard n’est pas un terminal).</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>no predictive service URL in the profile: no smoke test</source>
        <translation>pas d’URL de service prédictif dans le profil&#xa0;: pas de test de fumée</translation>
    </message>
    <message>
        <source>smoke test before the change failed: %1</source>
        <translation>le test de fumée avant la modification a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>predictions unchanged: %1</source>
        <translation>prédictions inchangées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>Smoke test FAILED: %1</source>
        <translation>Test de fumée ÉCHOUÉ&#xa0;: %1</translation>
    </message>
    <message>
        <source>Smoke test: %1</source>
        <translation>Test de fumée&#xa0;: %1</translation>
    </message>
    <message>
        <source>check the service with &apos;%1 service get %2&apos;; &apos;%1 service rollback %2 --yes&apos; puts the previous model back</source>
        <translation>vérifiez le service avec «&#xa0;%1 service get %2&#xa0;»&#xa0;; «&#xa0;%1 service rollback %2 --yes&#xa0;» remet le modèle précédent</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>the model blobs cannot be checked: %1</source>
        <translation>les blobs des modèles ne peuvent pas être vérifiés&#xa0;: %1</translation>
    </message>
    <message>
        <source>skipped backup %1</source>
        <translation>sauvegarde ignorée %1</translation>
    </message>
    <message>
        <source>Choosing a backup (name one with --to FILE)</source>
        <translation>Choix d’une sauvegarde (indiquez-en une avec --to FILE)</translation>
    </message>
    <message>
        <source>rolling back to the backup %1 (model %2)</source>
        <translation>restauration de la sauvegarde %1 (modèle %2)</translation>
    </message>
    <message>
        <source>Apply this change?</source>
        <translation>Appliquer cette modification&#xa0;?</translation>
    </message>
</context>
<context>
    <name>mlr::cli::UploadCommand</name>
    <message>
        <source>--block-size must be a whole number of MiB between 1 and 4000.</source>
        <translation>--block-size doit être un nombre entier de Mio entre 1 et 4000.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; does not exist.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a readable file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to 6.</source>
        <translation>--concurrency doit être un nombre de 1 à 6.</translation>
    </message>
    <message>
        <source>upload</source>
        <translation>téléversement</translation>
    </message>
    <message>
        <source>Uploaded %1 to %2 (%3 in %4 s, %5).</source>
        <translation>%1 téléversé vers %2 (%3 en %4&#xa0;s, %5).</translation>
    </message>
    <message>
        <source>Resumed: %1 of %2 blocks were already staged and not sent again.</source>
        <translation>Reprise&#xa0;: %1 des %2 blocs étaient déjà préparés et n’ont pas été renvoyés.</translation>
    </message>
    <message>
        <source>MD5 %1</source>
        <translation>MD5 %1</translation>
    </message>
</context>
<context>
    <name>mlr::eval::Compare</name>
    <message>
        <source>%1: service %2, recomputed %3</source>
        <translation>%1&#xa0;: service %2, recalculé %3</translation>
    </message>
</context>
<context>
    <name>mlr::eval::CsvRecordReader</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Le fichier n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation>Un champ entre guillemets commençant à la ligne %1 n’est jamais fermé.</translation>
    </message>
</context>
<context>
    <name>mlr::eval::EvaluationCsv</name>
    <message>
        <source>Reading the evaluation results</source>
        <translation>Lecture des résultats d’évaluation</translation>
    </message>
    <message>
        <source>The evaluation results are empty.</source>
        <translation>Les résultats d’évaluation sont vides.</translation>
    </message>
    <message>
        <source>Row %1 of the evaluation results has %2 columns, not 2.</source>
        <translation>La ligne %1 des résultats d’évaluation a %2 colonnes, et non 2.</translation>
    </message>
    <message>
        <source>The evaluation results have a header but no values.</source>
        <translation>Les résultats d’évaluation ont un en-tête mais aucune valeur.</translation>
    </message>
    <message>
        <source>The evaluation results have %1 values for %2 columns.</source>
        <translation>Les résultats d’évaluation ont %1 valeurs pour %2 colonnes.</translation>
    </message>
    <message>
        <source>These are not Evaluate Model results: none of the columns (%1) is a known metric.</source>
        <translation>Ce ne sont pas des résultats d’Evaluate Model&#xa0;: aucune des colonnes (%1) n’est une métrique connue.</translation>
    </message>
</context>
<context>
    <name>mlr::eval::Gate</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Rule %1 of the promotion gate is not understood. Write METRIC &gt;= VALUE, METRIC &lt;= VALUE, METRIC gain &gt;= AMOUNT or METRIC loss &lt;= AMOUNT (AMOUNT may end in %).</source>
        <translation>La règle %1 du critère de promotion n’est pas comprise. Écrivez METRIC &gt;= VALUE, METRIC &lt;= VALUE, METRIC gain &gt;= AMOUNT ou METRIC loss &lt;= AMOUNT (AMOUNT peut se terminer par %).</translation>
    </message>
    <message>
        <source>Rule %1 of the promotion gate: &quot;%2&quot; is not a metric the evaluation reports.</source>
        <translation>Règle %1 du critère de promotion&#xa0;: «&#xa0;%2&#xa0;» n’est pas une métrique fournie par l’évaluation.</translation>
    </message>
    <message>
        <source>Rule %1 of the promotion gate: a gain is written &quot;gain &gt;= AMOUNT&quot;.</source>
        <translation>Règle %1 du critère de promotion&#xa0;: un gain s’écrit «&#xa0;gain &gt;= AMOUNT&#xa0;».</translation>
    </message>
    <message>
        <source>Rule %1 of the promotion gate: a loss is written &quot;loss &lt;= AMOUNT&quot;.</source>
        <translation>Règle %1 du critère de promotion&#xa0;: une perte s’écrit «&#xa0;loss &lt;= AMOUNT&#xa0;».</translation>
    </message>
    <message>
        <source>Rule %1 of the promotion gate: only gains and losses can be relative (%).</source>
        <translation>Règle %1 du critère de promotion&#xa0;: seuls les gains et les pertes peuvent être relatifs (%).</translation>
    </message>
    <message>
        <source>%1 of the new model must be at least %2</source>
        <translation>%1 du nouveau modèle doit être au moins de %2</translation>
    </message>
    <message>
        <source>%1 of the new model must be at most %2</source>
        <translation>%1 du nouveau modèle doit être au plus de %2</translation>
    </message>
    <message>
        <source>%1 must improve by at least %2</source>
        <translation>%1 doit s’améliorer d’au moins %2</translation>
    </message>
    <message>
        <source>%1 may get worse by at most %2</source>
        <translation>%1 peut se dégrader d’au plus %2</translation>
    </message>
    <message>
        <source>%1 is not measured for this kind of model; the rule does not apply.</source>
        <translation>%1 n’est pas mesuré pour ce type de modèle&#xa0;; la règle ne s’applique pas.</translation>
    </message>
    <message>
        <source>%1 could not be computed for the new model, so the rule fails.</source>
        <translation>%1 n’a pas pu être calculé pour le nouveau modèle&#xa0;: la règle échoue donc.</translation>
    </message>
    <message>
        <source>%1 could not be computed for the current model, so the rule fails.</source>
        <translation>%1 n’a pas pu être calculé pour le modèle actuel&#xa0;: la règle échoue donc.</translation>
    </message>
    <message>
        <source>%1 is %2, at least %3 as required.</source>
        <translation>%1 vaut %2, au moins %3 comme exigé.</translation>
    </message>
    <message>
        <source>%1 is %2, below the minimum of %3.</source>
        <translation>%1 vaut %2, sous le minimum de %3.</translation>
    </message>
    <message>
        <source>%1 is %2, at most %3 as required.</source>
        <translation>%1 vaut %2, au plus %3 comme exigé.</translation>
    </message>
    <message>
        <source>%1 is %2, above the maximum of %3.</source>
        <translation>%1 vaut %2, au-dessus du maximum de %3.</translation>
    </message>
    <message>
        <source>%1 of the current model is 0, so a relative change cannot be measured; the rule fails.</source>
        <translation>%1 du modèle actuel vaut 0&#xa0;: une variation relative ne peut donc pas être mesurée&#xa0;; la règle échoue.</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>%1 improves by %2 (%3)</source>
        <translation>%1 s’améliore de %2 (%3)</translation>
    </message>
    <message>
        <source>%1 gets worse by %2 (%3)</source>
        <translation>%1 se dégrade de %2 (%3)</translation>
    </message>
    <message>
        <source>%1, at least the required %2.</source>
        <translation>%1, au moins le minimum exigé de %2.</translation>
    </message>
    <message>
        <source>%1, less than the required gain of %2.</source>
        <translation>%1, moins que le gain exigé de %2.</translation>
    </message>
    <message>
        <source>%1, within the allowed loss of %2.</source>
        <translation>%1, dans la limite de la perte admise de %2.</translation>
    </message>
    <message>
        <source>%1, more than the allowed loss of %2.</source>
        <translation>%1, plus que la perte admise de %2.</translation>
    </message>
    <message>
        <source>No metric could be compared, so the new model cannot be judged.</source>
        <translation>Aucune métrique n’a pu être comparée&#xa0;: le nouveau modèle ne peut donc pas être jugé.</translation>
    </message>
    <message>
        <source>The new model fails the promotion gate on %1.</source>
        <translation>Le nouveau modèle ne satisfait pas au critère de promotion sur %1.</translation>
    </message>
    <message>
        <source>No gate rule applies to these metrics; nothing blocks the new model.</source>
        <translation>Aucune règle du critère ne s’applique à ces métriques&#xa0;; rien ne bloque le nouveau modèle.</translation>
    </message>
    <message numerus="yes">
        <source>The new model passes all %n gate rule(s).</source>
        <translation>
            <numerusform>Le nouveau modèle satisfait à %n règle du critère.</numerusform>
            <numerusform>Le nouveau modèle satisfait aux %n règles du critère.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlr::eval::Metrics</name>
    <message>
        <source>Share of rows classified correctly at the threshold. Higher is better.</source>
        <translation>Part des lignes correctement classées au seuil choisi. Plus c’est élevé, mieux c’est.</translation>
    </message>
    <message>
        <source>Of the rows predicted positive, the share that really is positive. Higher is better.</source>
        <translation>Parmi les lignes prédites positives, la part réellement positive. Plus c’est élevé, mieux c’est.</translation>
    </message>
    <message>
        <source>Of the positive rows, the share the model finds (true positive rate). Higher is better.</source>
        <translation>Parmi les lignes positives, la part que le modèle retrouve (taux de vrais positifs). Plus c’est élevé, mieux c’est.</translation>
    </message>
    <message>
        <source>Harmonic mean of precision and recall. Higher is better.</source>
        <translation>Moyenne harmonique de la précision et du rappel. Plus c’est élevé, mieux c’est.</translation>
    </message>
    <message>
        <source>Area under the ROC curve: the chance that a random positive row scores higher than a random negative one, over all thresholds. 0.5 is guessing, 1 is perfect.</source>
        <translation>Aire sous la courbe ROC&#xa0;: la probabilité qu’une ligne positive prise au hasard obtienne un score plus élevé qu’une ligne négative prise au hasard, sur tous les seuils. 0,5 équivaut au hasard, 1 est parfait.</translation>
    </message>
    <message>
        <source>Mean penalty for confident wrong probabilities (natural log). Lower is better.</source>
        <translation>Pénalité moyenne des probabilités erronées mais confiantes (logarithme népérien). Plus c’est bas, mieux c’est.</translation>
    </message>
    <message>
        <source>Average absolute difference between prediction and actual value. Lower is better.</source>
        <translation>Écart absolu moyen entre la prédiction et la valeur réelle. Plus c’est bas, mieux c’est.</translation>
    </message>
    <message>
        <source>Square root of the average squared error; large errors weigh more. Lower is better.</source>
        <translation>Racine carrée de l’erreur quadratique moyenne&#xa0;; les grandes erreurs pèsent davantage. Plus c’est bas, mieux c’est.</translation>
    </message>
    <message>
        <source>Total absolute error divided by that of always predicting the mean. Lower is better.</source>
        <translation>Erreur absolue totale divisée par celle obtenue en prédisant toujours la moyenne. Plus c’est bas, mieux c’est.</translation>
    </message>
    <message>
        <source>Total squared error divided by that of always predicting the mean. Lower is better.</source>
        <translation>Erreur quadratique totale divisée par celle obtenue en prédisant toujours la moyenne. Plus c’est bas, mieux c’est.</translation>
    </message>
    <message>
        <source>R²: share of the label&apos;s variance the model explains. 1 is perfect, 0 is no better than the mean. Higher is better.</source>
        <translation>R²&#xa0;: part de la variance de l’étiquette expliquée par le modèle. 1 est parfait, 0 ne fait pas mieux que la moyenne. Plus c’est élevé, mieux c’est.</translation>
    </message>
    <message>
        <source>Share of rows whose class is predicted correctly. Higher is better.</source>
        <translation>Part des lignes dont la classe est correctement prédite. Plus c’est élevé, mieux c’est.</translation>
    </message>
    <message>
        <source>Mean over the classes of each class&apos;s one-versus-rest accuracy. Higher is better.</source>
        <translation>Moyenne, sur les classes, de l’exactitude un-contre-tous de chaque classe. Plus c’est élevé, mieux c’est.</translation>
    </message>
    <message>
        <source>Precision over all rows pooled (equals overall accuracy for single-label data). Higher is better.</source>
        <translation>Précision sur toutes les lignes regroupées (égale à l’exactitude globale pour des données à une seule étiquette). Plus c’est élevé, mieux c’est.</translation>
    </message>
    <message>
        <source>Mean of the per-class precisions: every class counts the same. Higher is better.</source>
        <translation>Moyenne des précisions par classe&#xa0;: chaque classe compte autant. Plus c’est élevé, mieux c’est.</translation>
    </message>
    <message>
        <source>Recall over all rows pooled. Higher is better.</source>
        <translation>Rappel sur toutes les lignes regroupées. Plus c’est élevé, mieux c’est.</translation>
    </message>
    <message>
        <source>Mean of the per-class recalls: every class counts the same. Higher is better.</source>
        <translation>Moyenne des rappels par classe&#xa0;: chaque classe compte autant. Plus c’est élevé, mieux c’est.</translation>
    </message>
</context>
<context>
    <name>mlr::eval::ScoredCsv</name>
    <message>
        <source>Reading the scored dataset</source>
        <translation>Lecture du jeu de données noté</translation>
    </message>
    <message>
        <source>Row %1 has &quot;%2&quot; where a number is expected (regression labels and scores are numbers).</source>
        <translation>La ligne %1 contient «&#xa0;%2&#xa0;» là où un nombre est attendu (les étiquettes et scores de régression sont des nombres).</translation>
    </message>
    <message>
        <source>The label column &quot;%1&quot; has more than two values (%2): a two-class evaluation needs at most two.</source>
        <translation>La colonne d’étiquette «&#xa0;%1&#xa0;» a plus de deux valeurs (%2)&#xa0;: une évaluation à deux classes en admet au plus deux.</translation>
    </message>
    <message>
        <source>The positive class &quot;%1&quot; is not among the values of &quot;%2&quot; (%3).</source>
        <translation>La classe positive «&#xa0;%1&#xa0;» ne fait pas partie des valeurs de «&#xa0;%2&#xa0;» (%3).</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Le fichier n’a pas pu être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>The scored dataset is empty: it has no header row.</source>
        <translation>Le jeu de données noté est vide&#xa0;: il n’a pas de ligne d’en-tête.</translation>
    </message>
    <message>
        <source>No label column was given for the scored dataset.</source>
        <translation>Aucune colonne d’étiquette n’a été indiquée pour le jeu de données noté.</translation>
    </message>
    <message>
        <source>There is no label column &quot;%1&quot; in the scored dataset (its columns: %2).</source>
        <translation>Il n’y a pas de colonne d’étiquette «&#xa0;%1&#xa0;» dans le jeu de données noté (ses colonnes&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The scored dataset has no &quot;Scored Labels&quot; column: it was not produced by Score Model.</source>
        <translation>Le jeu de données noté n’a pas de colonne «&#xa0;Scored Labels&#xa0;»&#xa0;: il n’a pas été produit par Score Model.</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot; in the scored dataset.</source>
        <translation>Il n’y a pas de colonne «&#xa0;%1&#xa0;» dans le jeu de données noté.</translation>
    </message>
    <message>
        <source>Row %1 (line %2) has %3 columns, but the header has %4.</source>
        <translation>La ligne %1 (ligne de fichier %2) a %3 colonnes, mais l’en-tête en a %4.</translation>
    </message>
    <message>
        <source>Row %1 (line %2): &quot;Scored Probabilities&quot; is &quot;%3&quot;, not a number.</source>
        <translation>Ligne %1 (ligne de fichier %2)&#xa0;: «&#xa0;Scored Probabilities&#xa0;» vaut «&#xa0;%3&#xa0;», qui n’est pas un nombre.</translation>
    </message>
</context>
<context>
    <name>mlr::gui</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
</context>
<context>
    <name>mlr::gui::AmlCredentialsPanel</name>
    <message>
        <source>Asking for a device code…</source>
        <translation>Demande d’un code d’appareil…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Open &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; and enter the code &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Ouvrez &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; et saisissez le code &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Open %1 and enter the code %2.</source>
        <translation>Ouvrez %1 et saisissez le code %2.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser (the code expires at %1).</source>
        <translation>En attente de votre connexion dans le navigateur (le code expire à %1).</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion&#x202f;: %1</translation>
    </message>
    <message>
        <source>Signed in with your account.</source>
        <translation>Connecté avec votre compte.</translation>
    </message>
    <message>
        <source>Signed in as the application %1.</source>
        <translation>Connecté en tant qu’application %1.</translation>
    </message>
    <message>
        <source>The sign-in settings changed: sign in again.</source>
        <translation>Les paramètres de connexion ont changé&#x202f;: reconnectez-vous.</translation>
    </message>
    <message>
        <source>Listing your subscriptions…</source>
        <translation>Liste de vos abonnements…</translation>
    </message>
    <message>
        <source>Listing the subscriptions</source>
        <translation>Liste des abonnements</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>This sign-in sees no subscription: ask for access to one.</source>
        <translation>Cette connexion ne voit aucun abonnement&#x202f;: demandez l’accès à l’un d’eux.</translation>
    </message>
    <message>
        <source>Listing the workspaces…</source>
        <translation>Liste des espaces de travail…</translation>
    </message>
    <message>
        <source>Listing the workspaces of subscription %1</source>
        <translation>Liste des espaces de travail de l’abonnement %1</translation>
    </message>
    <message>
        <source>%1 (resource group %2, %3)</source>
        <translation>%1 (groupe de ressources %2, %3)</translation>
    </message>
    <message>
        <source>Subscription %1 has no Azure Machine Learning workspace.</source>
        <translation>L’abonnement %1 n’a aucun espace de travail Azure Machine Learning.</translation>
    </message>
    <message>
        <source>Listing the online endpoints…</source>
        <translation>Liste des points de terminaison en ligne…</translation>
    </message>
    <message>
        <source>Listing the online endpoints of workspace %1</source>
        <translation>Liste des points de terminaison en ligne de l’espace de travail %1</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>%1 (no traffic)</source>
        <translation>%1 (aucun trafic)</translation>
    </message>
    <message>
        <source>Workspace %1 has no online endpoint: deploy the model to one first.</source>
        <translation>L’espace de travail %1 n’a aucun point de terminaison en ligne&#x202f;: déployez d’abord le modèle sur l’un d’eux.</translation>
    </message>
    <message numerus="yes">
        <source>%n online endpoint(s) in workspace %1.</source>
        <translation>
            <numerusform>%n point de terminaison en ligne dans l’espace de travail %1.</numerusform>
            <numerusform>%n points de terminaison en ligne dans l’espace de travail %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The directory (tenant) the application is registered in</source>
        <translation>Le répertoire (locataire) où l’application est inscrite</translation>
    </message>
    <message>
        <source>The application (client) id of the app registration</source>
        <translation>L’id d’application (client) de l’inscription d’application</translation>
    </message>
    <message>
        <source>Kept in the system keychain when you save the profile</source>
        <translation>Conservé dans le trousseau du système quand vous enregistrez le profil</translation>
    </message>
    <message>
        <source>Sign in to Azure and list your subscriptions</source>
        <translation>Se connecter à Azure et lister vos abonnements</translation>
    </message>
    <message>
        <source>List the subscriptions, workspaces and endpoints again</source>
        <translation>Lister de nouveau les abonnements, les espaces de travail et les points de terminaison</translation>
    </message>
    <message>
        <source>For the local sandbox: its ca.pem. Trusted on top of the system&apos;s certificate authorities.</source>
        <translation>Pour le bac à sable local&#x202f;: son ca.pem. Approuvé en plus des autorités de certification du système.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for you to sign in in the browser (next check in %n s)…</source>
        <translation>
            <numerusform>En attente de votre connexion dans le navigateur (prochaine vérification dans %n s)…</numerusform>
            <numerusform>En attente de votre connexion dans le navigateur (prochaine vérification dans %n s)…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (resource group %2)</source>
        <translation>%1 (groupe de ressources %2)</translation>
    </message>
    <message>
        <source>Sign in to choose the subscription, the workspace and the endpoint.</source>
        <translation>Connectez-vous pour choisir l’abonnement, l’espace de travail et le point de terminaison.</translation>
    </message>
    <message>
        <source>Loading from the keychain…</source>
        <translation>Chargement depuis le trousseau…</translation>
    </message>
    <message>
        <source>Signed in as last time.</source>
        <translation>Connecté comme la dernière fois.</translation>
    </message>
    <message>
        <source>Signing in as last time failed: %1 Sign in again.</source>
        <translation>La connexion comme la dernière fois a échoué&#x202f;: %1 Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Choisir le fichier de certificats d’AC</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>Certificats PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>mlr::gui::AmlPageHelp</name>
    <message>
        <source>Step 1 of 5: Credentials</source>
        <translation>Étape 1 sur 5&#x202f;: Identifiants</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose the connection profile to work with, or create one of the kind &lt;i&gt;Azure Machine Learning workspace&lt;/i&gt;. Sign in to Azure with the application&apos;s client secret, or with a device code in a browser, then choose the subscription, the workspace and the managed online endpoint that serves the model in production from the lists.&lt;/p&gt;&lt;p&gt;The client secret is kept in the system keychain, never in the profile file; access tokens stay in memory. For the local sandbox (mlstudio-local), the profile names the sandbox&apos;s certificate authority file, which is trusted on top of the system&apos;s: certificate checks stay on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez le profil de connexion avec lequel travailler, ou créez-en un de la sorte &lt;i&gt;Espace de travail Azure Machine Learning&lt;/i&gt;. Connectez-vous à Azure avec le secret client de l’application, ou avec un code d’appareil dans un navigateur, puis choisissez dans les listes l’abonnement, l’espace de travail et le point de terminaison en ligne managé qui sert le modèle en production.&lt;/p&gt;&lt;p&gt;Le secret client est conservé dans le trousseau du système, jamais dans le fichier des profils&#x202f;; les jetons d’accès restent en mémoire. Pour le bac à sable local (mlstudio-local), le profil nomme le fichier d’autorité de certification du bac à sable, approuvé en plus de celles du système&#x202f;: les vérifications de certificat restent actives.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Step 2 of 5: Storage</source>
        <translation>Étape 2 sur 5&#x202f;: Stockage</translation>
    </message>
    <message>
        <source>&lt;p&gt;The new training data goes to the workspace&apos;s &lt;b&gt;default datastore&lt;/b&gt;: its storage account and container are shown, and its key is read from the workspace (it is never stored). When the datastore has no account key, or you prefer your own credentials, choose &lt;b&gt;My own storage credentials&lt;/b&gt; for the same account.&lt;/p&gt;&lt;p&gt;Nothing is uploaded yet: the data file is checked and uploaded on the next step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les nouvelles données d’entraînement vont dans le &lt;b&gt;magasin de données par défaut&lt;/b&gt; de l’espace de travail&#x202f;: son compte de stockage et son conteneur sont affichés, et sa clé est lue auprès de l’espace de travail (elle n’est jamais enregistrée). Quand le magasin n’a pas de clé de compte, ou si vous préférez vos propres identifiants, choisissez &lt;b&gt;Mes propres identifiants de stockage&lt;/b&gt; pour le même compte.&lt;/p&gt;&lt;p&gt;Rien n’est encore envoyé&#x202f;: le fichier de données est vérifié et envoyé à l’étape suivante.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Step 3 of 5: Submit</source>
        <translation>Étape 3 sur 5&#x202f;: Soumission</translation>
    </message>
    <message>
        <source>&lt;p&gt;The model in production is the one behind the endpoint&apos;s deployment with the most traffic; retraining re-runs the job that trained it on new data. Choose the new CSV file: every row is checked against that model&apos;s input schema before a byte is uploaded.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Upload and submit&lt;/b&gt; uploads the file to the datastore, creates the job (a copy of the production model&apos;s job with the new data as its training input) and follows it until it ends. The job is recorded, so closing the wizard does not lose it: the next start offers to follow it again. &lt;b&gt;Cancel&lt;/b&gt; asks the workspace to stop the job.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le modèle en production est celui du déploiement du point de terminaison qui reçoit le plus de trafic&#x202f;; le réentraînement relance sur de nouvelles données le travail qui l’a entraîné. Choisissez le nouveau fichier CSV&#x202f;: chaque ligne est vérifiée par rapport au schéma d’entrée de ce modèle avant qu’un seul octet ne soit envoyé.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Envoyer et soumettre&lt;/b&gt; envoie le fichier dans le magasin de données, crée le travail (une copie du travail du modèle en production, avec les nouvelles données comme entrée d’entraînement) et le suit jusqu’à sa fin. Le travail est enregistré&#x202f;: fermer l’assistant ne le perd pas, le prochain démarrage propose de le suivre de nouveau. &lt;b&gt;Annuler&lt;/b&gt; demande à l’espace de travail d’arrêter le travail.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Step 4 of 5: Evaluate</source>
        <translation>Étape 4 sur 5&#x202f;: Évaluation</translation>
    </message>
    <message>
        <source>&lt;p&gt;The new job&apos;s metrics are compared with those of the job that trained the model in production. When the job writes its scored test rows, the production deployment scores the same rows, so both models are compared on exactly the same data: metrics side by side, curves and confusion matrices.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;promotion gate&lt;/b&gt; says whether the new model is good enough to go to production, by the rules of the profile.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les métriques du nouveau travail sont comparées à celles du travail qui a entraîné le modèle en production. Quand le travail écrit ses lignes de test notées, le déploiement en production note les mêmes lignes&#x202f;: les deux modèles sont ainsi comparés exactement sur les mêmes données, métriques côte à côte, courbes et matrices de confusion.&lt;/p&gt;&lt;p&gt;Le &lt;b&gt;critère de promotion&lt;/b&gt; dit si le nouveau modèle est assez bon pour passer en production, selon les règles du profil.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Step 5 of 5: Update</source>
        <translation>Étape 5 sur 5&#x202f;: Mise à jour</translation>
    </message>
    <message>
        <source>&lt;p&gt;The endpoint&apos;s deployments and how its traffic is split are shown. &lt;b&gt;Deploy&lt;/b&gt; backs up the endpoint, registers the new model version, creates a new deployment next to the current one with no traffic, and scores the same sample rows on both (blue/green): you see both predictions side by side before any user does.&lt;/p&gt;&lt;p&gt;Traffic then moves in the stages you choose (for example 10 % then 100 %), each confirmed and read back from Azure. &lt;b&gt;Roll back&lt;/b&gt; puts all the traffic back on the previous deployment at once. The old deployment is deleted only when you &lt;b&gt;Retire&lt;/b&gt; it, after the new one has all the traffic.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Show commands&lt;/b&gt; gives the same steps as &lt;tt&gt;az ml&lt;/tt&gt; commands and REST calls.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les déploiements du point de terminaison et la répartition de son trafic sont affichés. &lt;b&gt;Déployer&lt;/b&gt; sauvegarde le point de terminaison, enregistre la nouvelle version du modèle, crée un nouveau déploiement à côté de l’actuel, sans trafic, et note les mêmes lignes d’exemple sur les deux (bleu/vert)&#x202f;: vous voyez les deux prédictions côte à côte avant tout utilisateur.&lt;/p&gt;&lt;p&gt;Le trafic bascule ensuite par les étapes que vous choisissez (par exemple 10 % puis 100 %), chacune confirmée et relue auprès d’Azure. &lt;b&gt;Restaurer&lt;/b&gt; remet d’un coup tout le trafic sur le déploiement précédent. L’ancien déploiement n’est supprimé que lorsque vous le &lt;b&gt;retirez&lt;/b&gt;, une fois que le nouveau a tout le trafic.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Afficher les commandes&lt;/b&gt; donne les mêmes étapes sous forme de commandes &lt;tt&gt;az ml&lt;/tt&gt; et d’appels REST.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mlr::gui::AmlSubmitPage</name>
    <message>
        <source>Submit the retraining job</source>
        <translation>Soumettre le travail de réentraînement</translation>
    </message>
    <message>
        <source>Check the new training data against the production model&apos;s input, upload it and re-run the job that trained the model on it.</source>
        <translation>Vérifiez les nouvelles données d’entraînement par rapport à l’entrée du modèle en production, téléversez-les et relancez sur elles le travail qui a entraîné le modèle.</translation>
    </message>
    <message>
        <source>The CSV file to train on; it is checked as soon as it is chosen</source>
        <translation>Le fichier CSV sur lequel entraîner&#x202f;; il est vérifié dès qu’il est choisi</translation>
    </message>
    <message>
        <source>Choose the CSV file in a file dialog (or drop it on the page)</source>
        <translation>Choisir le fichier CSV dans une boîte de dialogue (ou le déposer sur la page)</translation>
    </message>
    <message>
        <source>Each problem of the data, with its line and column</source>
        <translation>Chaque problème des données, avec sa ligne et sa colonne</translation>
    </message>
    <message>
        <source>Upload the checked file and submit the retraining job</source>
        <translation>Téléverser le fichier vérifié et soumettre le travail de réentraînement</translation>
    </message>
    <message>
        <source>Stop the upload, or cancel the running job</source>
        <translation>Arrêter le téléversement, ou annuler le travail en cours</translation>
    </message>
    <message>
        <source>The steps of the job with their times</source>
        <translation>Les étapes du travail avec leurs heures</translation>
    </message>
    <message>
        <source>Choose the training data</source>
        <translation>Choisir les données d’entraînement</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the job definition</source>
        <translation>Choisir la définition du travail</translation>
    </message>
    <message>
        <source>Not signed in to Azure: sign in on the Credentials step first.</source>
        <translation>Vous n’êtes pas connecté à Azure&#x202f;: connectez-vous d’abord à l’étape Identifiants.</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; names no online endpoint: choose it on the Credentials step.</source>
        <translation>Le profil «&#x202f;%1&#x202f;» ne nomme aucun point de terminaison en ligne&#x202f;: choisissez-le à l’étape Identifiants.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Reading the endpoint…</source>
        <translation>Lecture du point de terminaison…</translation>
    </message>
    <message>
        <source>Finding the model in production behind endpoint %1</source>
        <translation>Recherche du modèle en production derrière le point de terminaison %1</translation>
    </message>
    <message>
        <source>%1 (%2 % of the traffic)</source>
        <translation>%1 (%2 % du trafic)</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 version %2</translation>
    </message>
    <message>
        <source>Model %1 version %2 names no training job, so there is no job to re-run: choose the job&apos;s definition (the JSON of GET jobs/{name}).</source>
        <translation>Le modèle %1 version %2 ne nomme aucun travail d’entraînement, il n’y a donc aucun travail à relancer&#x202f;: choisissez la définition du travail (le JSON de GET jobs/{name}).</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <translation>%1 («&#x202f;%2&#x202f;»)</translation>
    </message>
    <message>
        <source>%1, %2, from the job definition file</source>
        <translation>%1, %2, d’après le fichier de définition du travail</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Reading the job definition</source>
        <translation>Lecture de la définition du travail</translation>
    </message>
    <message>
        <source>Finding the workspace&apos;s default datastore</source>
        <translation>Recherche du magasin de données par défaut de l’espace de travail</translation>
    </message>
    <message>
        <source>Reading the input schema of model %1…</source>
        <translation>Lecture du schéma d’entrée du modèle %1…</translation>
    </message>
    <message>
        <source>Reading the input schema of model %1 version %2</source>
        <translation>Lecture du schéma d’entrée du modèle %1 version %2</translation>
    </message>
    <message>
        <source>Choose the CSV file to train on.</source>
        <translation>Choisissez le fichier CSV sur lequel entraîner.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>Le fichier n’a pas pu être vérifié&#x202f;: %1</translation>
    </message>
    <message>
        <source>Uploading to datastore %1 (container %2)</source>
        <translation>Téléversement vers le magasin de données %1 (conteneur %2)</translation>
    </message>
    <message>
        <source>Submitting a re-run of job %1 on %2</source>
        <translation>Soumission d’une relance du travail %1 sur %2</translation>
    </message>
    <message>
        <source>Job %1 created</source>
        <translation>Travail %1 créé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Cancelled during the upload: no job was submitted.</source>
        <translation>Annulé pendant le téléversement&#x202f;: aucun travail n’a été soumis.</translation>
    </message>
    <message>
        <source>Submitting job %1 failed, and it may have been created (it is in the job journal): %2</source>
        <translation>La soumission du travail %1 a échoué, et il a peut-être été créé (il figure dans le journal des travaux)&#x202f;: %2</translation>
    </message>
    <message>
        <source>Uploading and submitting failed: %1</source>
        <translation>Échec du téléversement et de la soumission&#x202f;: %1</translation>
    </message>
    <message>
        <source>Job %1 was submitted to workspace %2, and profile &apos;%3&apos; points at %4: choose its profile on the Credentials step to follow it.</source>
        <translation>Le travail %1 a été soumis à l’espace de travail %2, et le profil «&#x202f;%3&#x202f;» pointe vers %4&#x202f;: choisissez son profil à l’étape Identifiants pour le suivre.</translation>
    </message>
    <message>
        <source>Re-attached to job %1 (submitted %2)</source>
        <translation>Suivi repris du travail %1 (soumis le %2)</translation>
    </message>
    <message numerus="yes">
        <source>The workspace cannot be reached (%n time(s) in a row); still trying. %1</source>
        <translation>
            <numerusform>L’espace de travail est injoignable (%n fois de suite)&#x202f;; nouvelle tentative en cours. %1</numerusform>
            <numerusform>L’espace de travail est injoignable (%n fois de suite)&#x202f;; nouvelle tentative en cours. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Job status: %1</source>
        <translation>État du travail&#x202f;: %1</translation>
    </message>
    <message>
        <source>Following job %1 stopped: %2</source>
        <translation>Le suivi du travail %1 s’est arrêté&#x202f;: %2</translation>
    </message>
    <message>
        <source>Cancelling the upload…</source>
        <translation>Annulation du téléversement…</translation>
    </message>
    <message>
        <source>Cancelling job %1…</source>
        <translation>Annulation du travail %1…</translation>
    </message>
    <message>
        <source>cancelling job %1</source>
        <translation>annulation du travail %1</translation>
    </message>
    <message>
        <source>Cancelling the job failed: %1</source>
        <translation>L’annulation du travail a échoué&#x202f;: %1</translation>
    </message>
    <message>
        <source>The Azure sign-in changed during the upload and submission, which stopped there. A job already submitted is in the job journal; otherwise submit again.</source>
        <translation>La connexion Azure a changé pendant le téléversement et la soumission, qui se sont arrêtés là. Un travail déjà soumis figure dans le journal des travaux&#x202f;; sinon, soumettez de nouveau.</translation>
    </message>
    <message>
        <source>Signed in again: following job %1 with the new sign-in</source>
        <translation>Nouvelle connexion&#x202f;: le travail %1 est suivi avec elle</translation>
    </message>
    <message>
        <source>Signed out: job %1 goes on in the workspace; sign in to follow it again.</source>
        <translation>Déconnecté&#x202f;: le travail %1 continue dans l’espace de travail&#x202f;; connectez-vous pour le suivre de nouveau.</translation>
    </message>
    <message>
        <source>Job definitions (*.json *.yml *.yaml);;All files (*)</source>
        <translation>Définitions de travail (*.json *.yml *.yaml);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>mlr::gui::AzureSignIn</name>
    <message>
        <source>Enter the application&apos;s client secret, or sign in with a device code.</source>
        <translation>Saisissez le secret client de l’application, ou connectez-vous avec un code d’appareil.</translation>
    </message>
</context>
<context>
    <name>mlr::gui::CredentialsForm</name>
    <message>
        <source>Loading from the keychain…</source>
        <translation>Chargement depuis le trousseau…</translation>
    </message>
    <message>
        <source>the retraining service</source>
        <translation>le service de réentraînement</translation>
    </message>
    <message>
        <source>the predictive service</source>
        <translation>le service prédictif</translation>
    </message>
</context>
<context>
    <name>mlr::gui::CredentialsPage</name>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Choose a connection profile and enter the storage account and web service credentials. Secrets are kept in the system keychain, never in a file.</source>
        <translation>Choisissez un profil de connexion et saisissez les identifiants du compte de stockage et des services web. Les secrets sont conservés dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>The secrets of this profile could not be read: %1</source>
        <translation>Les secrets de ce profil n’ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your unsaved changes to this profile are back. Save to keep them.</source>
        <translation>Vos modifications non enregistrées de ce profil sont rétablies. Enregistrez pour les conserver.</translation>
    </message>
    <message>
        <source>No keychain available: secrets are kept for this session only and will not be saved.</source>
        <translation>Aucun trousseau disponible&#xa0;: les secrets ne sont conservés que pour cette session et ne seront pas enregistrés.</translation>
    </message>
    <message>
        <source>The settings were saved, but not the secrets: %1</source>
        <translation>Les paramètres ont été enregistrés, mais pas les secrets&#xa0;: %1</translation>
    </message>
    <message>
        <source>Settings saved. No keychain available: secrets are kept for this session only and will not be saved.</source>
        <translation>Paramètres enregistrés. Aucun trousseau disponible&#xa0;: les secrets ne sont conservés que pour cette session et ne seront pas enregistrés.</translation>
    </message>
    <message>
        <source>Saved: settings on this computer, secrets to keychain.</source>
        <translation>Enregistré&#xa0;: les paramètres sur cet ordinateur, les secrets dans le trousseau.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to “%1”: %n container(s).</source>
        <translation>
            <numerusform>Connecté à «&#xa0;%1&#xa0;»&#xa0;: %n conteneur.</numerusform>
            <numerusform>Connecté à «&#xa0;%1&#xa0;»&#xa0;: %n conteneurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading secrets from the keychain…</source>
        <translation>Lecture des secrets depuis le trousseau…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Connecting to the storage account…</source>
        <translation>Connexion au compte de stockage…</translation>
    </message>
    <message>
        <source>Updating the keychain…</source>
        <translation>Mise à jour du trousseau…</translation>
    </message>
    <message>
        <source>%1 and %2 were created for the profile %3, which is no longer shown: enter their endpoints and keys there.</source>
        <translation>%1 et %2 ont été créés pour le profil %3, qui n’est plus affiché&#xa0;: saisissez-y leurs points de terminaison et leurs clés.</translation>
    </message>
    <message>
        <source>Created %1 and %2: their endpoints and keys are in the form. Save to keep them.</source>
        <translation>%1 et %2 créés&#xa0;: leurs points de terminaison et leurs clés sont dans le formulaire. Enregistrez pour les conserver.</translation>
    </message>
    <message>
        <source>Choose a connection profile, sign in to Azure and choose the workspace and the online endpoint. Secrets are kept in the system keychain, never in a file.</source>
        <translation>Choisissez un profil de connexion, connectez-vous à Azure et choisissez l’espace de travail et le point de terminaison en ligne. Les secrets sont conservés dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
</context>
<context>
    <name>mlr::gui::DatastorePage</name>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Where the training data goes: the workspace&apos;s default datastore, with the key the workspace gives, or with your own storage credentials for its account.</source>
        <translation>Où vont les données d’entraînement&#x202f;: le magasin de données par défaut de l’espace de travail, avec la clé que donne l’espace de travail, ou avec vos propres identifiants de stockage pour son compte.</translation>
    </message>
    <message>
        <source>You are not signed in to Azure: sign in on the Credentials step to find the workspace&apos;s datastore.</source>
        <translation>Vous n’êtes pas connecté à Azure&#x202f;: connectez-vous à l’étape Identifiants pour trouver le magasin de données de l’espace de travail.</translation>
    </message>
    <message>
        <source>Finding the default datastore of workspace %1…</source>
        <translation>Recherche du magasin de données par défaut de l’espace de travail %1…</translation>
    </message>
    <message>
        <source>The workspace&apos;s default datastore could not be found: %1</source>
        <translation>Le magasin de données par défaut de l’espace de travail est introuvable&#x202f;: %1</translation>
    </message>
    <message>
        <source>%1 Choose &quot;My own storage credentials for this account&quot; and give a key or a SAS token of storage account %2.</source>
        <translation>%1 Choisissez «&#x202f;Mes propres identifiants de stockage pour ce compte&#x202f;» et donnez une clé ou un jeton SAS du compte de stockage %2.</translation>
    </message>
    <message>
        <source>Your saved storage credentials could not be read from the keychain: %1</source>
        <translation>Vos identifiants de stockage enregistrés n’ont pas pu être lus dans le trousseau&#x202f;: %1</translation>
    </message>
    <message>
        <source>Give either the account key or a SAS token of storage account %1.</source>
        <translation>Donnez soit la clé de compte, soit un jeton SAS du compte de stockage %1.</translation>
    </message>
    <message>
        <source>Checking your credentials for storage account %1…</source>
        <translation>Vérification de vos identifiants pour le compte de stockage %1…</translation>
    </message>
    <message>
        <source>Listing container %1 of storage account %2…</source>
        <translation>Liste du conteneur %1 du compte de stockage %2…</translation>
    </message>
    <message>
        <source>These credentials do not give access to container %1: %2</source>
        <translation>Ces identifiants ne donnent pas accès au conteneur %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Container %1 could not be listed with the workspace&apos;s key: %2</source>
        <translation>Le conteneur %1 n’a pas pu être listé avec la clé de l’espace de travail&#x202f;: %2</translation>
    </message>
    <message>
        <source>Your credentials give access to container %1 of storage account %2.</source>
        <translation>Vos identifiants donnent accès au conteneur %1 du compte de stockage %2.</translation>
    </message>
    <message>
        <source>Container %1 of storage account %2 is ready, with the key the workspace gives.</source>
        <translation>Le conteneur %1 du compte de stockage %2 est prêt, avec la clé que donne l’espace de travail.</translation>
    </message>
    <message>
        <source>Access is established, but your credentials could not be saved in the keychain: %1</source>
        <translation>L’accès est établi, mais vos identifiants n’ont pas pu être enregistrés dans le trousseau&#x202f;: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>mlr::gui::DeploymentsModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Model:version</source>
        <translation>Modèle:version</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>Type d’instance</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Trafic</translation>
    </message>
</context>
<context>
    <name>mlr::gui::EvalCharts</name>
    <message>
        <source>Current model</source>
        <translation>Modèle actuel</translation>
    </message>
    <message>
        <source>New model</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Hasard</translation>
    </message>
    <message>
        <source>Perfect prediction</source>
        <translation>Prédiction parfaite</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Aucune erreur</translation>
    </message>
    <message>
        <source>Metrics of both models</source>
        <translation>Métriques des deux modèles</translation>
    </message>
</context>
<context>
    <name>mlr::gui::EvalConfusionModel</name>
    <message>
        <source>all classes</source>
        <translation>toutes les classes</translation>
    </message>
    <message>
        <source>any class</source>
        <translation>n’importe quelle classe</translation>
    </message>
    <message>
        <source>Actual: %1, predicted: %2. The new model has %3 rows here compared with the current model.</source>
        <translation>Réel&#xa0;: %1, prédit&#xa0;: %2. Le nouveau modèle a ici %3 lignes par rapport au modèle actuel.</translation>
    </message>
    <message>
        <source>Actual: %1, predicted: %2: %3 rows.</source>
        <translation>Réel&#xa0;: %1, prédit&#xa0;: %2&#xa0;: %3 lignes.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Actual: %1</source>
        <translation>Réel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Predicted: %1</source>
        <translation>Prédit&#xa0;: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>mlr::gui::EvalMetricsModel</name>
    <message>
        <source>✔ Pass</source>
        <translation>✔ Réussi</translation>
    </message>
    <message>
        <source>✘ Fail</source>
        <translation>✘ Échec</translation>
    </message>
    <message>
        <source>No rule</source>
        <translation>Aucune règle</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>Aucun changement.</translation>
    </message>
    <message>
        <source>The new model is better on %1.</source>
        <translation>Le nouveau modèle est meilleur en %1.</translation>
    </message>
    <message>
        <source>The new model is worse on %1.</source>
        <translation>Le nouveau modèle est moins bon en %1.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>New model</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>Current model</source>
        <translation>Modèle actuel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>The retrained model, on the rows of its test split.</source>
        <translation>Le modèle réentraîné, sur les lignes de son jeu de test.</translation>
    </message>
    <message>
        <source>The model in production, scored on the same rows.</source>
        <translation>Le modèle en production, noté sur les mêmes lignes.</translation>
    </message>
    <message>
        <source>New minus current.</source>
        <translation>Nouveau moins actuel.</translation>
    </message>
    <message>
        <source>Whether the metric passes the promotion gate&apos;s rules (see the profile&apos;s promotionGate).</source>
        <translation>Indique si la métrique satisfait aux règles du critère de promotion (voir le promotionGate du profil).</translation>
    </message>
</context>
<context>
    <name>mlr::gui::EvalPointsModel</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
</context>
<context>
    <name>mlr::gui::EvaluatePage</name>
    <message>
        <source>Evaluate the new model</source>
        <translation>Évaluer le nouveau modèle</translation>
    </message>
    <message>
        <source>Compare the retrained model with the one in production, on the same rows, before you deploy it.</source>
        <translation>Comparez le modèle réentraîné avec celui en production, sur les mêmes lignes, avant de le déployer.</translation>
    </message>
    <message>
        <source>ROC curve</source>
        <translation>Courbe ROC</translation>
    </message>
    <message>
        <source>Precision and recall</source>
        <translation>Précision et rappel</translation>
    </message>
    <message>
        <source>Lift (true positives found)</source>
        <translation>Lift (vrais positifs trouvés)</translation>
    </message>
    <message>
        <source>True positive rate against false positive rate over every threshold; the area under it is the AUC.</source>
        <translation>Taux de vrais positifs en fonction du taux de faux positifs, pour chaque seuil&#xa0;; l’aire sous la courbe est l’AUC.</translation>
    </message>
    <message>
        <source>Precision against recall over every threshold; useful when positives are rare.</source>
        <translation>Précision en fonction du rappel, pour chaque seuil&#xa0;; utile quand les positifs sont rares.</translation>
    </message>
    <message>
        <source>How many positives each model finds when it flags a given share of the rows.</source>
        <translation>Combien de positifs chaque modèle trouve lorsqu’il signale une part donnée des lignes.</translation>
    </message>
    <message>
        <source>Predicted against actual</source>
        <translation>Prédit en fonction du réel</translation>
    </message>
    <message>
        <source>Residuals (actual − predicted)</source>
        <translation>Résidus (réel − prédit)</translation>
    </message>
    <message>
        <source>Reading the web services&apos; API keys…</source>
        <translation>Lecture des clés d’API des services web…</translation>
    </message>
    <message>
        <source>The predictive service&apos;s API key could not be read: %1</source>
        <translation>La clé d’API du service prédictif n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The predictive service&apos;s API key is not set: enter it on the Credentials step. It is needed to score the same rows with the model in production.</source>
        <translation>La clé d’API du service prédictif n’est pas définie&#xa0;: saisissez-la à l’étape Identifiants. Elle est nécessaire pour noter les mêmes lignes avec le modèle en production.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Job %1 is not in the job journal, so its outputs cannot be found.</source>
        <translation>Le travail %1 n’est pas dans le journal des travaux&#xa0;: ses sorties sont donc introuvables.</translation>
    </message>
    <message>
        <source>The storage account is not set: complete the Credentials step to read the job&apos;s outputs.</source>
        <translation>Le compte de stockage n’est pas défini&#xa0;: terminez l’étape Identifiants pour lire les sorties du travail.</translation>
    </message>
    <message>
        <source>The profile has no predictive service address (predictiveRequestUrl): enter it on the Credentials step.</source>
        <translation>Le profil n’a pas d’adresse de service prédictif (predictiveRequestUrl)&#xa0;: saisissez-la à l’étape Identifiants.</translation>
    </message>
    <message>
        <source>Reading the results of job %1…</source>
        <translation>Lecture des résultats du travail %1…</translation>
    </message>
    <message>
        <source>The new model could not be evaluated: %1</source>
        <translation>Le nouveau modèle n’a pas pu être évalué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Tracé des graphiques…</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) compared.</source>
        <translation>
            <numerusform>%Ln ligne comparée.</numerusform>
            <numerusform>%Ln lignes comparées.</numerusform>
        </translation>
    </message>
    <message>
        <source>At threshold %1: accuracy %2 (current %3), precision %4 (current %5), recall %6 (current %7).</source>
        <translation>Au seuil %1&#xa0;: exactitude %2 (actuel %3), précision %4 (actuel %5), rappel %6 (actuel %7).</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>Share of rows predicted positive</source>
        <translation>Part des lignes prédites positives</translation>
    </message>
    <message>
        <source>True positives found</source>
        <translation>Vrais positifs trouvés</translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation>Taux de faux positifs</translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation>Taux de vrais positifs</translation>
    </message>
    <message>
        <source>AUC: new %1, current %2</source>
        <translation>AUC&#xa0;: nouveau %1, actuel %2</translation>
    </message>
    <message>
        <source>Residuals</source>
        <translation>Résidus</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Valeur prédite</translation>
    </message>
    <message>
        <source>Actual − predicted</source>
        <translation>Réel − prédit</translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation>Valeur réelle</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>Le graphique n’a pas pu être enregistré dans %1.</translation>
    </message>
    <message>
        <source>This tab has no chart to export.</source>
        <translation>Cet onglet n’a pas de graphique à exporter.</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>Graphique enregistré dans %1.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>The metrics table is on the clipboard (tab-separated: paste it into a spreadsheet).</source>
        <translation>Le tableau des métriques est dans le presse-papiers (séparé par des tabulations&#xa0;: collez-le dans un tableur).</translation>
    </message>
    <message>
        <source>New model</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>Current model</source>
        <translation>Modèle actuel</translation>
    </message>
    <message>
        <source>Compared on the metrics both jobs reported.</source>
        <translation>Comparés sur les métriques que les deux travaux ont publiées.</translation>
    </message>
    <message>
        <source>The curves and confusion matrices need both models&apos; scores on the same rows, so they are not shown: the table compares the metrics each job reported.</source>
        <translation>Les courbes et les matrices de confusion demandent les scores des deux modèles sur les mêmes lignes&#x202f;; elles ne sont donc pas affichées&#x202f;: le tableau compare les métriques publiées par chaque travail.</translation>
    </message>
    <message>
        <source>You are not signed in to Azure: sign in on the Credentials step to read job %1.</source>
        <translation>Vous n’êtes pas connecté à Azure&#x202f;: connectez-vous à l’étape Identifiants pour lire le travail %1.</translation>
    </message>
    <message>
        <source>The Azure sign-in changed while job %1 was being evaluated: evaluate it again.</source>
        <translation>La connexion à Azure a changé pendant l’évaluation du travail %1&#x202f;: évaluez-le de nouveau.</translation>
    </message>
    <message>
        <source>Comparing job %1 with model %2 version %3 (deployment %4 of endpoint %5)…</source>
        <translation>Comparaison du travail %1 avec le modèle %2 version %3 (déploiement %4 du point de terminaison %5)…</translation>
    </message>
    <message>
        <source>Reading job %1 in workspace %2…</source>
        <translation>Lecture du travail %1 dans l’espace de travail %2…</translation>
    </message>
</context>
<context>
    <name>mlr::gui::HelpDialog</name>
    <message>
        <source>Help: %1</source>
        <translation>Aide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every option of these commands is explained by &lt;tt&gt;%1&lt;/tt&gt;.</source>
        <translation>Chaque option de ces commandes est expliquée par &lt;tt&gt;%1&lt;/tt&gt;.</translation>
    </message>
</context>
<context>
    <name>mlr::gui::InlineMessage</name>
    <message>
        <source>Message action</source>
        <translation>Action du message</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Does what the message next to it offers</source>
        <translation>Fait ce que propose le message à côté</translation>
    </message>
</context>
<context>
    <name>mlr::gui::LanguageSelector</name>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the wizard: the system&apos;s, English or French. It applies after a restart.</source>
        <translation>La langue de l’assistant&#xa0;: celle du système, l’anglais ou le français. Elle s’applique après un redémarrage.</translation>
    </message>
    <message>
        <source>Applies after a restart.</source>
        <translation>S’applique après un redémarrage.</translation>
    </message>
    <message>
        <source>Close the wizard and open it again in the chosen language. Only possible while nothing is running.</source>
        <translation>Fermer l’assistant et le rouvrir dans la langue choisie. Possible seulement quand rien n’est en cours.</translation>
    </message>
    <message>
        <source>Restart the wizard in the chosen language.</source>
        <translation>Redémarrer l’assistant dans la langue choisie.</translation>
    </message>
    <message>
        <source>Wait until the running job, upload or update has ended.</source>
        <translation>Attendez la fin du travail, du téléversement ou de la mise à jour en cours.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>mlr::gui::PageHelp</name>
    <message>
        <source>Step 1 of 5: Credentials</source>
        <translation>Étape 1 sur 5&#xa0;: Identifiants</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose the connection profile to work with, or create one. A profile names the storage account that holds the training data and the models, the retraining web service (its batch execution endpoint and API key), the predictive web service in production and the Azure Resource Manager settings used to update it.&lt;/p&gt;&lt;p&gt;Keys and secrets are kept in the system keychain, never in the profile file. &lt;b&gt;Test&lt;/b&gt; lists the containers of the storage account to prove the key works; a key is never sent over plain HTTP except to this computer.&lt;/p&gt;&lt;p&gt;Against the local sandbox (mlstudio-local), &lt;b&gt;Create services…&lt;/b&gt; deploys a new retraining and predictive web service pair for your CSV file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez le profil de connexion avec lequel travailler, ou créez-en un. Un profil désigne le compte de stockage qui contient les données d’entraînement et les modèles, le service web de réentraînement (son point de terminaison d’exécution par lots et sa clé d’API), le service web prédictif en production et les paramètres Azure Resource Manager utilisés pour le mettre à jour.&lt;/p&gt;&lt;p&gt;Les clés et les secrets sont conservés dans le trousseau du système, jamais dans le fichier du profil. &lt;b&gt;Tester&lt;/b&gt; liste les conteneurs du compte de stockage pour prouver que la clé fonctionne&#xa0;; une clé n’est jamais envoyée en HTTP non chiffré, sauf à cet ordinateur.&lt;/p&gt;&lt;p&gt;Avec le bac à sable local (mlstudio-local), &lt;b&gt;Créer des services…&lt;/b&gt; déploie une nouvelle paire de services web de réentraînement et prédictif pour votre fichier CSV.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Step 2 of 5: Storage</source>
        <translation>Étape 2 sur 5&#xa0;: Stockage</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pick the container that receives the new training data and the job&apos;s outputs (the trained model &lt;tt&gt;.ilearner&lt;/tt&gt;, the evaluation and the scored rows), or create one. Names are 3 to 63 lowercase letters, digits and hyphens.&lt;/p&gt;&lt;p&gt;Nothing is uploaded yet: the data file is checked and uploaded on the next step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez le conteneur qui reçoit les nouvelles données d’entraînement et les sorties du travail (le modèle entraîné &lt;tt&gt;.ilearner&lt;/tt&gt;, l’évaluation et les lignes notées), ou créez-en un. Les noms comportent de 3 à 63 lettres minuscules, chiffres et traits d’union.&lt;/p&gt;&lt;p&gt;Rien n’est encore téléversé&#xa0;: le fichier de données est vérifié et téléversé à l’étape suivante.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Step 3 of 5: Submit</source>
        <translation>Étape 3 sur 5&#xa0;: Soumission</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose the new training data (a CSV file). Before a byte is uploaded, every row is checked against the columns and types the retraining service expects; each problem is shown with its line and column.&lt;/p&gt;&lt;p&gt;The global parameters of the retraining service start at their defaults and can be edited. &lt;b&gt;Upload and submit&lt;/b&gt; uploads the file, creates the batch execution job, starts it and follows it until it ends. The job is recorded, so closing the wizard does not lose it: the next start offers to follow it again. &lt;b&gt;Cancel&lt;/b&gt; stops the upload, or asks the service to stop the job.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez les nouvelles données d’entraînement (un fichier CSV). Avant qu’un seul octet soit téléversé, chaque ligne est vérifiée par rapport aux colonnes et aux types attendus par le service de réentraînement&#xa0;; chaque problème est indiqué avec sa ligne et sa colonne.&lt;/p&gt;&lt;p&gt;Les paramètres globaux du service de réentraînement partent de leurs valeurs par défaut et peuvent être modifiés. &lt;b&gt;Téléverser et soumettre&lt;/b&gt; téléverse le fichier, crée le travail d’exécution par lots, le démarre et le suit jusqu’à sa fin. Le travail est enregistré&#xa0;: fermer l’assistant ne le perd pas, et le démarrage suivant propose de le suivre de nouveau. &lt;b&gt;Annuler&lt;/b&gt; arrête le téléversement, ou demande au service d’arrêter le travail.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Step 4 of 5: Evaluate</source>
        <translation>Étape 4 sur 5&#xa0;: Évaluation</translation>
    </message>
    <message>
        <source>&lt;p&gt;The retrained model and the model in production score exactly the same rows, and their metrics are compared side by side, with the difference of each. The charts (ROC and precision/recall curves, confusion matrices) have the same figures in tables next to them.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;promotion gate&lt;/b&gt; says whether the new model is good enough to replace the one in production, by the rules of the profile. Hover over a metric for a short explanation of it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le modèle réentraîné et le modèle en production notent exactement les mêmes lignes, et leurs métriques sont comparées côte à côte, avec l’écart de chacune. Les graphiques (courbes ROC et précision/rappel, matrices de confusion) sont accompagnés de tableaux contenant les mêmes valeurs.&lt;/p&gt;&lt;p&gt;Le &lt;b&gt;critère de promotion&lt;/b&gt; indique si le nouveau modèle est assez bon pour remplacer celui en production, selon les règles du profil. Survolez une métrique pour en lire une courte explication.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Step 5 of 5: Update</source>
        <translation>Étape 5 sur 5&#xa0;: Mise à jour</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sign in to Azure Resource Manager and choose the &lt;i&gt;predictive&lt;/i&gt; web service to update. The guard refuses a training service, a read-only service or one without a trained model asset, and warns when the model lives in another storage account.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Update&lt;/b&gt; first saves a backup of the current definition, changes only the trained model&apos;s location, waits for the operation, reads the service back to check the change took effect, then scores sample rows before and after. Every update can be undone with &lt;b&gt;Roll back&lt;/b&gt;, through the same checks.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Show commands&lt;/b&gt; gives the same steps as REST calls and as PowerShell cmdlets.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Connectez-vous à Azure Resource Manager et choisissez le service web &lt;i&gt;prédictif&lt;/i&gt; à mettre à jour. Le contrôle refuse un service d’entraînement, un service en lecture seule ou un service sans ressource de modèle entraîné, et avertit quand le modèle se trouve dans un autre compte de stockage.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mettre à jour&lt;/b&gt; enregistre d’abord une sauvegarde de la définition actuelle, ne modifie que l’emplacement du modèle entraîné, attend la fin de l’opération, relit le service pour vérifier que la modification a pris effet, puis note des lignes d’exemple avant et après. Chaque mise à jour peut être annulée avec &lt;b&gt;Restaurer&lt;/b&gt;, avec les mêmes vérifications.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Afficher les commandes&lt;/b&gt; donne les mêmes étapes sous forme d’appels REST et d’applets de commande PowerShell.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mlr::gui::ProfileBar</name>
    <message>
        <source>The built-in “%1” profile cannot be renamed.</source>
        <translation>Le profil intégré «&#xa0;%1&#xa0;» ne peut pas être renommé.</translation>
    </message>
    <message>
        <source>Give this profile another name.</source>
        <translation>Donner un autre nom à ce profil.</translation>
    </message>
    <message>
        <source>The built-in “%1” profile cannot be deleted.</source>
        <translation>Le profil intégré «&#xa0;%1&#xa0;» ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>Delete this profile and its secrets.</source>
        <translation>Supprimer ce profil et ses secrets.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Create the profile</source>
        <translation>Créer le profil</translation>
    </message>
    <message>
        <source>Rename the profile</source>
        <translation>Renommer le profil</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists. Choose another name.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Profile “%1” created. Enter its credentials and save.</source>
        <translation>Profil «&#xa0;%1&#xa0;» créé. Saisissez ses identifiants et enregistrez.</translation>
    </message>
    <message>
        <source>Profile “%1” renamed to “%2”.</source>
        <translation>Profil «&#xa0;%1&#xa0;» renommé en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and the secrets it keeps in the keychain?</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;» et les secrets qu’il conserve dans le trousseau&#xa0;?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Profile “%1” deleted.</source>
        <translation>Profil «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>%1 Its secrets could not all be updated in the keychain: %2</source>
        <translation>%1 Ses secrets n’ont pas tous pu être mis à jour dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>Azure ML Studio (classic) web services</source>
        <translation>Services web Azure ML Studio (classique)</translation>
    </message>
    <message>
        <source>Azure Machine Learning workspace</source>
        <translation>Espace de travail Azure Machine Learning</translation>
    </message>
</context>
<context>
    <name>mlr::gui::RetrainWizard</name>
    <message>
        <source>Retraining job still running</source>
        <translation>Travail de réentraînement toujours en cours</translation>
    </message>
    <message>
        <source>Job %1 of %2 (profile &apos;%3&apos;, submitted %4) had not ended when the wizard last closed. Follow it on the Submit step?</source>
        <translation>Le travail %1 de %2 (profil «&#xa0;%3&#xa0;», soumis le %4) n’était pas terminé à la dernière fermeture de l’assistant. Le suivre à l’étape Soumission&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Follow the job</source>
        <translation>&amp;Suivre le travail</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>ML Retrain Wizard</source>
        <translation>Assistant de réentraînement ML</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>What this step does, and the equivalent commands (F1)</source>
        <translation>Ce que fait cette étape, et les commandes équivalentes (F1)</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Soumission</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Azure Machine Learning job %1 retraining endpoint %2 (profile &apos;%3&apos;, submitted %4) had not ended when the wizard last closed. Follow it on the Submit step?</source>
        <translation>Le travail Azure Machine Learning %1, qui réentraîne le point de terminaison %2 (profil «&#x202f;%3&#x202f;», soumis le %4), n’était pas terminé à la dernière fermeture de l’assistant. Le suivre à l’étape Soumission&#x202f;?</translation>
    </message>
</context>
<context>
    <name>mlr::gui::RolloutPage</name>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Roll the retrained model out on the online endpoint, in stages.</source>
        <translation>Mettez le modèle réentraîné en production sur le point de terminaison en ligne, par étapes.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>No retraining job yet: submit one on the Submit step first.</source>
        <translation>Aucun travail de réentraînement pour l’instant&#x202f;: soumettez-en d’abord un à l’étape Soumission.</translation>
    </message>
    <message>
        <source>Roll out the model of job %1 on endpoint %2.</source>
        <translation>Mettre en production le modèle du travail %1 sur le point de terminaison %2.</translation>
    </message>
    <message>
        <source>Job %1 was not evaluated: the roll-out goes on without a gate verdict.</source>
        <translation>Le travail %1 n’a pas été évalué&#x202f;: la mise en production se poursuit sans verdict du critère de promotion.</translation>
    </message>
    <message>
        <source>The last roll-out: %1</source>
        <translation>La dernière mise en production&#x202f;: %1</translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation>Sauvegarde %1</translation>
    </message>
    <message>
        <source>Sign in to the workspace and choose an online endpoint on the Credentials step first.</source>
        <translation>Connectez-vous d’abord à l’espace de travail et choisissez un point de terminaison en ligne à l’étape Identifiants.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The backup is of endpoint %1, not %2. Nothing was changed.</source>
        <translation>La sauvegarde est celle du point de terminaison %1, et non %2. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Rolling back to %1…</source>
        <translation>Restauration vers %1…</translation>
    </message>
    <message>
        <source>traffic read back: %1</source>
        <translation>trafic relu&#x202f;: %1</translation>
    </message>
    <message>
        <source>the traffic could not be read back</source>
        <translation>le trafic n’a pas pu être relu</translation>
    </message>
    <message>
        <source>Rollback: %1.</source>
        <translation>Restauration&#x202f;: %1.</translation>
    </message>
    <message>
        <source>%1
The endpoint: %2.</source>
        <translation>%1
Le point de terminaison&#x202f;: %2.</translation>
    </message>
    <message>
        <source>Rolled back: %1.</source>
        <translation>Restauré&#x202f;: %1.</translation>
    </message>
    <message>
        <source>There is no roll-out of endpoint %1 to retire the old deployment of.</source>
        <translation>Il n’y a aucune mise en production du point de terminaison %1 dont retirer l’ancien déploiement.</translation>
    </message>
    <message>
        <source>%1 still has %2 % of the traffic: retire it only once %3 has all of it. Nothing was changed (traffic: %4).</source>
        <translation>%1 a encore %2 % du trafic&#x202f;: ne le retirez qu’une fois que %3 a tout le trafic. Rien n’a été modifié (trafic&#x202f;: %4).</translation>
    </message>
    <message>
        <source>the new deployment</source>
        <translation>le nouveau déploiement</translation>
    </message>
    <message>
        <source>Deployment %1 is the rollback target of the last roll-out: once it is deleted, a rollback means creating it again. Retire it anyway?</source>
        <translation>Le déploiement %1 est la cible de restauration de la dernière mise en production&#x202f;: une fois qu’il est supprimé, une restauration impose de le recréer. Le retirer quand même&#x202f;?</translation>
    </message>
    <message>
        <source>Retire &amp;anyway</source>
        <translation>Retirer &amp;quand même</translation>
    </message>
    <message>
        <source>Retiring deployment %1…</source>
        <translation>Retrait du déploiement %1…</translation>
    </message>
    <message>
        <source>deployments %1; traffic %2</source>
        <translation>déploiements %1&#x202f;; trafic %2</translation>
    </message>
    <message>
        <source>Deployment %1 is deleted.</source>
        <translation>Le déploiement %1 est supprimé.</translation>
    </message>
    <message>
        <source>Deployment %1 is deleted; deployments now: %2.</source>
        <translation>Le déploiement %1 est supprimé&#x202f;; déploiements restants&#x202f;: %2.</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Rapport enregistré dans %1.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>Traffic put back: %1.</source>
        <translation>Trafic rétabli&#x202f;: %1.</translation>
    </message>
    <message>
        <source>The history could not be updated: %1</source>
        <translation>L’historique n’a pas pu être mis à jour&#x202f;: %1</translation>
    </message>
    <message>
        <source>There is no retraining job to roll out: submit one on the Submit step first.</source>
        <translation>Il n’y a aucun travail de réentraînement à mettre en production&#x202f;: soumettez-en d’abord un à l’étape Soumission.</translation>
    </message>
    <message>
        <source>Sign in to the workspace on the Credentials step first.</source>
        <translation>Connectez-vous d’abord à l’espace de travail à l’étape Identifiants.</translation>
    </message>
    <message>
        <source>Job %1 is %2, not Completed: only a completed job can be rolled out. Nothing was changed.</source>
        <translation>Le travail %1 est à l’état %2, et non Completed&#x202f;: seul un travail terminé peut être mis en production. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Job %1 failed the promotion gate: nothing was changed (check “Roll out although the gate failed” to roll it out anyway).</source>
        <translation>Le travail %1 ne satisfait pas au critère de promotion&#x202f;: rien n’a été modifié (cochez «&#x202f;Mettre en production malgré l’échec au critère de promotion&#x202f;» pour le mettre en production quand même).</translation>
    </message>
    <message>
        <source>No rows to smoke-test the new deployment with: the training CSV of job %1 is not in this machine&apos;s job journal. Nothing was changed.</source>
        <translation>Aucune ligne pour soumettre le nouveau déploiement au test de fumée&#x202f;: le CSV d’entraînement du travail %1 n’est pas dans le journal des travaux de cet ordinateur. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Reading job %1 for the sample rows…</source>
        <translation>Lecture du travail %1 pour les lignes d’exemple…</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>travail %1</translation>
    </message>
    <message>
        <source>Retrained by job %1 (mlretrain)</source>
        <translation>Réentraîné par le travail %1 (mlretrain)</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sauvegarde&#x202f;: %1</translation>
    </message>
    <message>
        <source>Stage %1 %: already in place (%2).</source>
        <translation>Étape %1 %&#x202f;: déjà en place (%2).</translation>
    </message>
    <message>
        <source>Stage %1 %: traffic read back: %2.</source>
        <translation>Étape %1 %&#x202f;: trafic relu&#x202f;: %2.</translation>
    </message>
    <message>
        <source>Move traffic to %1 % on %2 (%3)?</source>
        <translation>Déplacer le trafic à %1 % vers %2 (%3)&#x202f;?</translation>
    </message>
    <message>
        <source>Current (%1)</source>
        <translation>Actuel (%1)</translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation>Nouveau (%1)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>Predictions unchanged: %1 The new deployment may serve the same model.</source>
        <translation>Prédictions inchangées&#x202f;: %1 Le nouveau déploiement sert peut-être le même modèle.</translation>
    </message>
    <message>
        <source>Smoke test: %1</source>
        <translation>Test de fumée&#x202f;: %1</translation>
    </message>
    <message>
        <source>%1
The endpoint: %2</source>
        <translation>%1
Le point de terminaison&#x202f;: %2</translation>
    </message>
    <message>
        <source>unchanged (nothing was written).</source>
        <translation>inchangé (rien n’a été écrit).</translation>
    </message>
    <message>
        <source>Share of the endpoint&apos;s live traffic per deployment</source>
        <translation>Part du trafic réel du point de terminaison par déploiement</translation>
    </message>
    <message>
        <source>Traffic not known</source>
        <translation>Trafic inconnu</translation>
    </message>
    <message>
        <source>Traffic: %1</source>
        <translation>Trafic&#x202f;: %1</translation>
    </message>
    <message>
        <source>The Azure sign-in changed while an action ran on endpoint %1: it stopped there. Check the deployments and the traffic below before going on.</source>
        <translation>La connexion Azure a changé pendant une action sur le point de terminaison %1&#x202f;: elle s’est arrêtée là. Vérifiez les déploiements et le trafic ci-dessous avant de continuer.</translation>
    </message>
    <message>
        <source>Evaluation of job %1: %2</source>
        <translation>Évaluation du travail %1&#x202f;: %2</translation>
    </message>
</context>
<context>
    <name>mlr::gui::ServicePairCreator</name>
    <message>
        <source>The profile cannot sign in to Azure: %1</source>
        <translation>Le profil ne peut pas se connecter à Azure&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter the client secret of the profile&apos;s application.</source>
        <translation>Saisissez le secret client de l’application du profil.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Checking that the name %1 is free…</source>
        <translation>Vérification que le nom %1 est libre…</translation>
    </message>
    <message>
        <source>The name %1 is taken: the web service %2 already exists. Choose another name.</source>
        <translation>Le nom %1 est pris&#xa0;: le service web %2 existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Creating %1-retraining and %1-predictive and training the first model…</source>
        <translation>Création de %1-retraining et %1-predictive et entraînement du premier modèle…</translation>
    </message>
</context>
<context>
    <name>mlr::gui::ServicePairDialog</name>
    <message>
        <source>Two-class classification</source>
        <translation>Classification à deux classes</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Régression</translation>
    </message>
    <message>
        <source>From the keychain</source>
        <translation>Depuis le trousseau</translation>
    </message>
    <message>
        <source>Choose the training CSV</source>
        <translation>Choisir le CSV d’entraînement</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no header line.</source>
        <translation>%1 n’a pas de ligne d’en-tête.</translation>
    </message>
    <message>
        <source>Reading the CSV…</source>
        <translation>Lecture du CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s); choose the label column.</source>
        <translation>
            <numerusform>%n colonne&#xa0;; choisissez la colonne d’étiquette.</numerusform>
            <numerusform>%n colonnes&#xa0;; choisissez la colonne d’étiquette.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name may have letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, and starts with a letter or digit.</source>
        <translation>Le nom peut contenir des lettres, des chiffres, «&#xa0;-&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;.&#xa0;», et commence par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>The services were not created: %1</source>
        <translation>Les services n’ont pas été créés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mlr::gui::StepList</name>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>The steps of the retraining, with the current step highlighted</source>
        <translation>Les étapes du réentraînement, avec l’étape en cours mise en évidence</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non démarré</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>étape en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, %4</source>
        <extracomment>Accessible text of a step in the side panel, e.g. &quot;Step 2 of 5: Storage, current step&quot;</extracomment>
        <translation>Étape %1 sur %2&#xa0;: %3, %4</translation>
    </message>
</context>
<context>
    <name>mlr::gui::StoragePage</name>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Pick the Blob storage container for the training data and the retrained models, or create one.</source>
        <translation>Choisissez le conteneur de stockage Blob pour les données d’entraînement et les modèles réentraînés, ou créez-en un.</translation>
    </message>
    <message>
        <source>The storage credentials could not be read from the keychain: %1</source>
        <translation>Les identifiants de stockage n’ont pas pu être lus depuis le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Last modified %1</source>
        <translation>Dernière modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>This account has no containers yet: create one below.</source>
        <translation>Ce compte n’a pas encore de conteneur&#xa0;: créez-en un ci-dessous.</translation>
    </message>
    <message>
        <source>Container “%1” created.</source>
        <translation>Conteneur «&#xa0;%1&#xa0;» créé.</translation>
    </message>
    <message>
        <source>Container “%1” already exists; it is selected.</source>
        <translation>Le conteneur «&#xa0;%1&#xa0;» existe déjà&#xa0;; il est sélectionné.</translation>
    </message>
    <message>
        <source>Select a container to continue.</source>
        <translation>Sélectionnez un conteneur pour continuer.</translation>
    </message>
    <message>
        <source>The retraining will use the container “%1”.</source>
        <translation>Le réentraînement utilisera le conteneur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The choice could not be saved in the profile: %1</source>
        <translation>Le choix n’a pas pu être enregistré dans le profil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Listing the containers…</source>
        <translation>Liste des conteneurs…</translation>
    </message>
    <message>
        <source>Creating the container…</source>
        <translation>Création du conteneur…</translation>
    </message>
    <message>
        <source>Reading the storage credentials from the keychain…</source>
        <translation>Lecture des identifiants de stockage depuis le trousseau…</translation>
    </message>
</context>
<context>
    <name>mlr::gui::SubmitPage</name>
    <message numerus="yes">
        <source>%Ln row(s) checked</source>
        <translation>
            <numerusform>%Ln ligne vérifiée</numerusform>
            <numerusform>%Ln lignes vérifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no problems. Ready to upload.</source>
        <translation>%1&#xa0;: aucun problème. Prêt pour le téléversement.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2. The data can be uploaded.</source>
        <translation>%1&#xa0;: %2. Les données peuvent être téléversées.</translation>
    </message>
    <message>
        <source>%1: %2 and %3. Fix the errors first: nothing is uploaded before.</source>
        <translation>%1&#xa0;: %2 et %3. Corrigez d’abord les erreurs&#xa0;: rien n’est téléversé avant.</translation>
    </message>
    <message>
        <source>Uploading the data</source>
        <translation>Téléversement des données</translation>
    </message>
    <message>
        <source>Submitting the job</source>
        <translation>Soumission du travail</translation>
    </message>
    <message>
        <source>Starting the job</source>
        <translation>Démarrage du travail</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 Mo/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>environ %1 restant</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Écoulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The job finished: the new model is %1. Continue to compare it with the model in production.</source>
        <translation>Le travail est terminé&#xa0;: le nouveau modèle est %1. Continuez pour le comparer avec le modèle en production.</translation>
    </message>
    <message>
        <source>The job was cancelled.</source>
        <translation>Le travail a été annulé.</translation>
    </message>
    <message>
        <source>The job failed; the service gave no details.</source>
        <translation>Le travail a échoué&#xa0;; le service n’a donné aucun détail.</translation>
    </message>
    <message>
        <source>The job failed: %1</source>
        <translation>Le travail a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The job ended in an unknown state.</source>
        <translation>Le travail s’est terminé dans un état inconnu.</translation>
    </message>
    <message>
        <source>Submit the retraining job</source>
        <translation>Soumettre le travail de réentraînement</translation>
    </message>
    <message>
        <source>Check the new training data, upload it and run the retraining web service on it.</source>
        <translation>Vérifiez les nouvelles données d’entraînement, téléversez-les et exécutez dessus le service web de réentraînement.</translation>
    </message>
    <message>
        <source>Choose the training data</source>
        <translation>Choisir les données d’entraînement</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; has no retraining service (its batch URL): set it on the Credentials step.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n’a pas de service de réentraînement (son URL de traitement par lots)&#xa0;: définissez-le à l’étape Identifiants.</translation>
    </message>
    <message>
        <source>The retraining service&apos;s API key could not be read: %1</source>
        <translation>La clé d’API du service de réentraînement n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The retraining service&apos;s API key is not set: enter it on the Credentials step.</source>
        <translation>La clé d’API du service de réentraînement n’est pas définie&#xa0;: saisissez-la à l’étape Identifiants.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Reading the retraining service&apos;s description…</source>
        <translation>Lecture de la description du service de réentraînement…</translation>
    </message>
    <message>
        <source>The retraining service&apos;s description (swagger.json) could not be read: %1</source>
        <translation>La description du service de réentraînement (swagger.json) n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose the CSV file to train on.</source>
        <translation>Choisissez le fichier CSV sur lequel entraîner.</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>Valeur de %1</translation>
    </message>
    <message>
        <source>%1, required</source>
        <translation>%1, obligatoire</translation>
    </message>
    <message>
        <source>This service has no global parameters.</source>
        <translation>Ce service n’a pas de paramètres globaux.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Connect to the storage account on the Storage step first.</source>
        <translation>Connectez-vous d’abord au compte de stockage à l’étape Stockage.</translation>
    </message>
    <message>
        <source>Choose a container on the Storage step first.</source>
        <translation>Choisissez d’abord un conteneur à l’étape Stockage.</translation>
    </message>
    <message>
        <source>Job %1 created</source>
        <translation>Travail %1 créé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Cancelled: nothing is running.</source>
        <translation>Annulé&#xa0;: rien n’est en cours.</translation>
    </message>
    <message>
        <source>Re-attached to job %1 (submitted %2)</source>
        <translation>Suivi repris du travail %1 (soumis le %2)</translation>
    </message>
    <message numerus="yes">
        <source>The service cannot be reached (%n time(s) in a row); still trying. %1</source>
        <translation>
            <numerusform>Le service est injoignable (%n fois de suite)&#xa0;; nouvelle tentative. %1</numerusform>
            <numerusform>Le service est injoignable (%n fois de suite)&#xa0;; nouvelle tentative. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Travail %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The job finished. Continue to compare its model with the model in production.</source>
        <translation>Le travail est terminé. Continuez pour comparer son modèle au modèle en production.</translation>
    </message>
</context>
<context>
    <name>mlr::gui::UpdatePage</name>
    <message>
        <source>Update the predictive web service</source>
        <translation>Mettre à jour le service web prédictif</translation>
    </message>
    <message>
        <source>Point the predictive web service at the new trained model, check that it took effect, and keep a way back.</source>
        <translation>Faites pointer le service web prédictif vers le nouveau modèle entraîné, vérifiez que la modification a pris effet et gardez un moyen de revenir en arrière.</translation>
    </message>
    <message>
        <source>Hide &amp;commands</source>
        <translation>Masquer les c&amp;ommandes</translation>
    </message>
    <message>
        <source>Show &amp;commands</source>
        <translation>Afficher les c&amp;ommandes</translation>
    </message>
    <message>
        <source>From the keychain</source>
        <translation>Depuis le trousseau</translation>
    </message>
    <message>
        <source>No retraining job yet: submit one on the Submit step.</source>
        <translation>Aucun travail de réentraînement pour l’instant&#xa0;: soumettez-en un à l’étape Soumission.</translation>
    </message>
    <message>
        <source>Job %1 is not in the job journal.</source>
        <translation>Le travail %1 n’est pas dans le journal des travaux.</translation>
    </message>
    <message>
        <source>Job %1 has no trained model (it has not finished).</source>
        <translation>Le travail %1 n’a pas de modèle entraîné (il n’est pas terminé).</translation>
    </message>
    <message>
        <source>New trained model (job %1): %2</source>
        <translation>Nouveau modèle entraîné (travail %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sign &amp;in again</source>
        <translation>Se re&amp;connecter</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Update service</source>
        <translation>Mettre à jour le service</translation>
    </message>
    <message>
        <source>Update %1</source>
        <translation>Mettre à jour %1</translation>
    </message>
    <message>
        <source>No evaluation of this job is recorded: check it on the Evaluate step before you update.</source>
        <translation>Aucune évaluation de ce travail n’est enregistrée&#xa0;: vérifiez-le à l’étape Évaluation avant la mise à jour.</translation>
    </message>
    <message>
        <source>Promotion gate passed: %1</source>
        <translation>Critère de promotion satisfait&#xa0;: %1</translation>
    </message>
    <message>
        <source>Promotion gate failed: %1 Updating needs an explicit override.</source>
        <translation>Critère de promotion non satisfait&#xa0;: %1 La mise à jour nécessite de passer outre explicitement.</translation>
    </message>
    <message>
        <source>%1  %2  %3  (%4)</source>
        <translation>%1  %2  %3  (%4)</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Rien n’est encore enregistré.</translation>
    </message>
    <message>
        <source>The history file could not be read: %1</source>
        <translation>Le fichier d’historique n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>(Not recorded in the history: %1)</source>
        <translation>(Non enregistré dans l’historique&#xa0;: %1)</translation>
    </message>
    <message>
        <source>No smoke test: scoring before the change failed (%1).</source>
        <translation>Pas de test de fumée&#xa0;: la notation avant la modification a échoué (%1).</translation>
    </message>
    <message>
        <source>Predictions unchanged: %1 The service may still serve the old model.</source>
        <translation>Prédictions inchangées&#xa0;: %1 Le service sert peut-être encore l’ancien modèle.</translation>
    </message>
    <message>
        <source>Smoke test: %1</source>
        <translation>Test de fumée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save the decision report</source>
        <translation>Enregistrer le rapport de décision</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Rapport enregistré dans %1.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>The profile cannot sign in to Azure: %1 Complete it on the Credentials step.</source>
        <translation>Le profil ne peut pas se connecter à Azure&#xa0;: %1 Complétez-le à l’étape Identifiants.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for you to sign in in the browser (next check in %n s)…</source>
        <translation>
            <numerusform>En attente de votre connexion dans le navigateur (prochaine vérification dans %n&#xa0;s)…</numerusform>
            <numerusform>En attente de votre connexion dans le navigateur (prochaine vérification dans %n&#xa0;s)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking for a device code…</source>
        <translation>Demande d’un code d’appareil…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Open &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; and enter the code &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Ouvrez &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; et saisissez le code &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Open %1 and enter the code %2.</source>
        <translation>Ouvrez %1 et saisissez le code %2.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser (the code expires at %1).</source>
        <translation>En attente de votre connexion dans le navigateur (le code expire à %1).</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in with your account.</source>
        <translation>Connecté avec votre compte.</translation>
    </message>
    <message>
        <source>Signed in as the service principal %1.</source>
        <translation>Connecté en tant que principal de service %1.</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be remembered: %1</source>
        <translation>Connecté, mais la connexion n’a pas pu être mémorisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The remembered sign-in no longer works (%1): sign in again.</source>
        <translation>La connexion mémorisée ne fonctionne plus (%1)&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <source>Signed in with your account (remembered on this computer).</source>
        <translation>Connecté avec votre compte (mémorisé sur cet ordinateur).</translation>
    </message>
    <message>
        <source>Signing in as last time…</source>
        <translation>Connexion comme la dernière fois…</translation>
    </message>
    <message>
        <source>Rolled back: the service reads back %1.</source>
        <translation>Restauré&#xa0;: le service relit %1.</translation>
    </message>
    <message>
        <source>Updated: the service reads back the new model %1.</source>
        <translation>Mis à jour&#xa0;: le service relit le nouveau modèle %1.</translation>
    </message>
    <message>
        <source>Not applied: Azure reported success, but the service still reads back %1. %2</source>
        <translation>Non appliqué&#xa0;: Azure a signalé une réussite, mais le service relit toujours %1. %2</translation>
    </message>
    <message>
        <source>Rolling %1 back to %2</source>
        <translation>Restauration de %1 vers %2</translation>
    </message>
    <message>
        <source>Updating %1 to %2</source>
        <translation>Mise à jour de %1 vers %2</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <source>Operation: %1 (%2 %)</source>
        <translation>Opération&#xa0;: %1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>Opération&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopped following the update.</source>
        <translation>Suivi de la mise à jour arrêté.</translation>
    </message>
    <message>
        <source>Stopped following the update of %1: the change may or may not have been applied. Check the service before you try again.</source>
        <translation>Suivi de la mise à jour de %1 arrêté&#xa0;: la modification a pu être appliquée ou non. Vérifiez le service avant de réessayer.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Terminé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import a web service definition</source>
        <translation>Importer une définition de service web</translation>
    </message>
    <message>
        <source>Definition files (*.json)</source>
        <translation>Fichiers de définition (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: the web service could not be read. %1</source>
        <translation>Rien n’a été importé&#xa0;: le service web n’a pas pu être lu. %1</translation>
    </message>
    <message>
        <source>%1 is read-only: it can no longer be updated, only deleted.</source>
        <translation>%1 est en lecture seule&#xa0;: il ne peut plus être mis à jour, seulement supprimé.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 The service is unchanged.</source>
        <translation>Rien n’a été importé&#xa0;: %1 Le service est inchangé.</translation>
    </message>
    <message>
        <source>Nothing was imported: without a backup the import does not run. %1</source>
        <translation>Rien n’a été importé&#xa0;: sans sauvegarde, l’importation n’a pas lieu. %1</translation>
    </message>
    <message>
        <source>Importing %1 into %2</source>
        <translation>Importation de %1 dans %2</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <translation>%1 importé dans %2.</translation>
    </message>
    <message>
        <source>%1 refused the definition (%2): %3 The service is unchanged.</source>
        <translation>%1 a refusé la définition (%2)&#xa0;: %3 Le service est inchangé.</translation>
    </message>
    <message>
        <source>The import may or may not have been applied: %1 Check %2 before anything else; its previous definition is backed up.</source>
        <translation>L’importation a pu être appliquée ou non&#xa0;: %1 Vérifiez %2 avant toute autre chose&#xa0;; sa définition précédente est sauvegardée.</translation>
    </message>
    <message>
        <source>Listing the web services…</source>
        <translation>Liste des services web…</translation>
    </message>
    <message>
        <source>Could not list the web services: %1</source>
        <translation>Impossible de lister les services web&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No web services in this subscription and resource group. Deploy the predictive service first.</source>
        <translation>Aucun service web dans cet abonnement et ce groupe de ressources. Déployez d’abord le service prédictif.</translation>
    </message>
    <message>
        <source>The profile&apos;s predictive service %1 is not in the list: choose the service to update.</source>
        <translation>Le service prédictif %1 du profil n’est pas dans la liste&#xa0;: choisissez le service à mettre à jour.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>%1 cannot be updated: %2</source>
        <translation>%1 ne peut pas être mis à jour&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check before you update: %1</source>
        <translation>À vérifier avant la mise à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 can be updated: its trained model asset %2 will point at the new model.</source>
        <translation>%1 peut être mis à jour&#xa0;: sa ressource de modèle entraîné %2 pointera vers le nouveau modèle.</translation>
    </message>
    <message>
        <source>No evaluation of this job is recorded: you updated %1 with it at %2 without one.</source>
        <translation>Aucune évaluation de ce travail n’est enregistrée&#x202f;: vous avez mis à jour %1 avec lui à %2 sans évaluation.</translation>
    </message>
    <message>
        <source>Promotion gate failed: %1 You overrode it to update %2 at %3; that update was rolled back, so updating again needs a new override.</source>
        <translation>Échec au critère de promotion&#x202f;: %1 Vous l’avez outrepassé pour mettre à jour %2 à %3&#x202f;; cette mise à jour a été annulée par restauration, une nouvelle mise à jour demande donc un nouvel outrepassement.</translation>
    </message>
    <message>
        <source>Promotion gate failed: %1 You overrode it and updated %2 at %3.</source>
        <translation>Échec au critère de promotion&#x202f;: %1 Vous l’avez outrepassé et avez mis à jour %2 à %3.</translation>
    </message>
    <message>
        <source>%1 now serves this model: its trained model asset %2 points at it.</source>
        <translation>%1 sert maintenant ce modèle&#x202f;: sa ressource de modèle entraîné %2 pointe vers lui.</translation>
    </message>
    <message>
        <source>%1 already serves this model: its trained model asset %2 points at it.</source>
        <translation>%1 sert déjà ce modèle&#x202f;: sa ressource de modèle entraîné %2 pointe vers lui.</translation>
    </message>
    <message>
        <source>There is nothing to update.</source>
        <translation>Il n’y a rien à mettre à jour.</translation>
    </message>
    <message>
        <source>Also note: %1</source>
        <translation>À noter aussi&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>mlr::gui::WorkspaceSession</name>
    <message>
        <source>No client secret and no remembered sign-in in the keychain: sign in on the Credentials step.</source>
        <translation>Pas de secret client ni de connexion conservée dans le trousseau&#x202f;: connectez-vous à l’étape Identifiants.</translation>
    </message>
    <message>
        <source>your account</source>
        <translation>votre compte</translation>
    </message>
</context>
<context>
    <name>mlr::i18n::MetricGlossary</name>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>F1 Score</source>
        <translation>Score F1</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Average Log Loss</source>
        <translation>Perte logarithmique moyenne</translation>
    </message>
    <message>
        <source>Mean Absolute Error</source>
        <translation>Erreur absolue moyenne</translation>
    </message>
    <message>
        <source>Root Mean Squared Error</source>
        <translation>Racine de l’erreur quadratique moyenne</translation>
    </message>
    <message>
        <source>Relative Absolute Error</source>
        <translation>Erreur absolue relative</translation>
    </message>
    <message>
        <source>Relative Squared Error</source>
        <translation>Erreur quadratique relative</translation>
    </message>
    <message>
        <source>Coefficient of Determination</source>
        <translation>Coefficient de détermination</translation>
    </message>
    <message>
        <source>Overall accuracy</source>
        <translation>Exactitude globale</translation>
    </message>
    <message>
        <source>Average accuracy</source>
        <translation>Exactitude moyenne</translation>
    </message>
    <message>
        <source>Micro-averaged precision</source>
        <translation>Précision micro-moyennée</translation>
    </message>
    <message>
        <source>Macro-averaged precision</source>
        <translation>Précision macro-moyennée</translation>
    </message>
    <message>
        <source>Micro-averaged recall</source>
        <translation>Rappel micro-moyenné</translation>
    </message>
    <message>
        <source>Macro-averaged recall</source>
        <translation>Rappel macro-moyenné</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>metric: display name (Studio name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>metric glossary: name: explanation</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>mlr::ml</name>
    <message>
        <source>The predictive service&apos;s answer has no &quot;Scored Labels&quot; column (it has: %1).</source>
        <translation>La réponse du service prédictif n’a pas de colonne «&#xa0;Scored Labels&#xa0;» (elle contient&#xa0;: %1).</translation>
    </message>
    <message>
        <source>The predictive service&apos;s answer has no &quot;Scored Probabilities&quot; column: it is not a two-class model like the retrained one.</source>
        <translation>La réponse du service prédictif n’a pas de colonne «&#xa0;Scored Probabilities&#xa0;»&#xa0;: ce n’est pas un modèle à deux classes comme le modèle réentraîné.</translation>
    </message>
    <message>
        <source>The predictive service scored %1 rows, but %2 were sent.</source>
        <translation>Le service prédictif a noté %1 lignes, mais %2 ont été envoyées.</translation>
    </message>
    <message>
        <source>The predictive service predicts the classes %1, the retrained model %2.</source>
        <translation>Le service prédictif prédit les classes %1, le modèle réentraîné %2.</translation>
    </message>
    <message>
        <source>The job&apos;s result is not a SAS reference (BaseLocation + SasBlobToken).</source>
        <translation>Le résultat du travail n’est pas une référence SAS (BaseLocation + SasBlobToken).</translation>
    </message>
    <message>
        <source>The job&apos;s result has an invalid BaseLocation.</source>
        <translation>Le résultat du travail a une BaseLocation non valide.</translation>
    </message>
    <message>
        <source>The job&apos;s result has no container/blob RelativeLocation.</source>
        <translation>Le résultat du travail n’a pas de RelativeLocation conteneur/blob.</translation>
    </message>
    <message>
        <source>The output %1 is not in the storage account %2 of the profile.</source>
        <translation>La sortie %1 n’est pas dans le compte de stockage %2 du profil.</translation>
    </message>
    <message>
        <source>The scoring answer is not a JSON object.</source>
        <translation>La réponse de notation n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The scoring answer has no output &quot;%1&quot; (it has: %2).</source>
        <translation>La réponse de notation n’a pas de sortie «&#xa0;%1&#xa0;» (elle contient&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The scoring answer&apos;s output &quot;%1&quot; has no Values table.</source>
        <translation>La sortie «&#xa0;%1&#xa0;» de la réponse de notation n’a pas de table Values.</translation>
    </message>
    <message>
        <source>A row of the scoring answer is not an array.</source>
        <translation>Une ligne de la réponse de notation n’est pas un tableau.</translation>
    </message>
    <message>
        <source>A row of the scoring answer has %1 values for %2 columns.</source>
        <translation>Une ligne de la réponse de notation a %1 valeurs pour %2 colonnes.</translation>
    </message>
    <message>
        <source>the predictive service</source>
        <translation>le service prédictif</translation>
    </message>
    <message>
        <source>The predictive service has no API key in the profile.</source>
        <translation>Le service prédictif n’a pas de clé d’API dans le profil.</translation>
    </message>
    <message>
        <source>Scoring with the predictive service: its API key was refused; check the predictive service&apos;s key in the profile</source>
        <translation>Notation par le service prédictif&#xa0;: sa clé d’API a été refusée&#xa0;; vérifiez la clé du service prédictif dans le profil</translation>
    </message>
</context>
<context>
    <name>mlr::ml::BatchScorer</name>
    <message>
        <source>The scoring URL of %1 must use https (plain http only to this computer), or its key would travel in clear text.</source>
        <translation>L’URL de notation pour %1 doit être en https (http simple seulement vers cet ordinateur), sinon sa clé circulerait en clair.</translation>
    </message>
    <message>
        <source>Scoring rows %1-%2 with %3</source>
        <translation>Notation des lignes %1 à %2 par %3</translation>
    </message>
    <message>
        <source>Reading the scores of %1</source>
        <translation>Lecture des scores renvoyés par %1</translation>
    </message>
    <message>
        <source>%1 rows came back from %2 for %3 sent.</source>
        <translation>%1 lignes renvoyées par %2 pour %3 envoyées.</translation>
    </message>
</context>
<context>
    <name>mlr::ml::BesCancelJob</name>
    <message>
        <source>Cancelling job %1</source>
        <translation>Annulation du travail %1</translation>
    </message>
</context>
<context>
    <name>mlr::ml::BesGetJob</name>
    <message>
        <source>Reading the state of job %1</source>
        <translation>Lecture de l’état du travail %1</translation>
    </message>
</context>
<context>
    <name>mlr::ml::BesStartJob</name>
    <message>
        <source>Starting job %1</source>
        <translation>Démarrage du travail %1</translation>
    </message>
</context>
<context>
    <name>mlr::ml::BesSubmitJob</name>
    <message>
        <source>Submitting the job</source>
        <translation>Soumission du travail</translation>
    </message>
    <message>
        <source>Submitting the job (no answer arrived, so the service may have created the job anyway; it was not submitted again)</source>
        <translation>Soumission du travail (aucune réponse n’est arrivée&#xa0;: le service a peut-être créé le travail quand même&#xa0;; il n’a pas été soumis de nouveau)</translation>
    </message>
    <message>
        <source>Submitting the job (the service failed while answering and may have created the job anyway; it was not submitted again)</source>
        <translation>Soumission du travail (le service a échoué en répondant et a peut-être créé le travail quand même&#xa0;; il n’a pas été soumis de nouveau)</translation>
    </message>
</context>
<context>
    <name>mlr::ml::ChampionScoringJob</name>
    <message>
        <source>The scored rows were read without their input columns; they cannot be scored again.</source>
        <translation>Les lignes notées ont été lues sans leurs colonnes d’entrée&#xa0;; elles ne peuvent pas être notées de nouveau.</translation>
    </message>
    <message>
        <source>Scoring the same rows with the current model</source>
        <translation>Notation des mêmes lignes avec le modèle actuel</translation>
    </message>
</context>
<context>
    <name>mlr::ml::DataCheckJob</name>
    <message>
        <source>Checking %1</source>
        <translation>Vérification de %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 est un dossier, pas un fichier CSV.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>La lecture de %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>mlr::ml::EvaluationJob</name>
    <message>
        <source>The job %1 does not say which output holds the %2 (outputs: %3).</source>
        <translation>Le travail %1 n’indique pas quelle sortie contient %2 (sorties&#xa0;: %3).</translation>
    </message>
    <message>
        <source>No temporary folder for the downloads: %1</source>
        <translation>Aucun dossier temporaire pour les téléchargements&#xa0;: %1</translation>
    </message>
    <message>
        <source>The predictive service URL %1 names no web service.</source>
        <translation>L’URL du service prédictif %1 ne désigne aucun service web.</translation>
    </message>
    <message>
        <source>Reading the predictive service&apos;s description</source>
        <translation>Lecture de la description du service prédictif</translation>
    </message>
    <message>
        <source>The predictive service declares no input columns.</source>
        <translation>Le service prédictif ne déclare aucune colonne d’entrée.</translation>
    </message>
    <message>
        <source>Reading the job&apos;s results</source>
        <translation>Lecture des résultats du travail</translation>
    </message>
    <message>
        <source>The job %1 is %2, not finished: there is nothing to evaluate yet.</source>
        <translation>Le travail %1 est %2, pas terminé&#xa0;: il n’y a encore rien à évaluer.</translation>
    </message>
    <message>
        <source>The job&apos;s results have no output %1.</source>
        <translation>Les résultats du travail n’ont pas de sortie %1.</translation>
    </message>
    <message>
        <source>Neither the training service&apos;s key nor storage credentials are available to read the job&apos;s outputs.</source>
        <translation>Ni la clé du service d’entraînement ni des identifiants de stockage ne sont disponibles pour lire les sorties du travail.</translation>
    </message>
    <message>
        <source>Downloading the evaluation results</source>
        <translation>Téléchargement des résultats d’évaluation</translation>
    </message>
    <message>
        <source>Downloading the scored rows</source>
        <translation>Téléchargement des lignes notées</translation>
    </message>
    <message>
        <source>Cannot tell the label column of the scored rows (columns: %1); name it explicitly.</source>
        <translation>Impossible de déterminer la colonne d’étiquette des lignes notées (colonnes&#xa0;: %1)&#xa0;; indiquez-la explicitement.</translation>
    </message>
    <message>
        <source>The scored rows lack the column &quot;%1&quot;, an input of the predictive service: the two services do not match.</source>
        <translation>Les lignes notées n’ont pas la colonne «&#xa0;%1&#xa0;», une entrée du service prédictif&#xa0;: les deux services ne correspondent pas.</translation>
    </message>
    <message>
        <source>Reading the scored rows</source>
        <translation>Lecture des lignes notées</translation>
    </message>
    <message>
        <source>Cannot read the downloaded evaluation results.</source>
        <translation>Impossible de lire les résultats d’évaluation téléchargés.</translation>
    </message>
    <message>
        <source>Reading the evaluation results</source>
        <translation>Lecture des résultats d’évaluation</translation>
    </message>
    <message>
        <source>Cannot read the downloaded scored rows.</source>
        <translation>Impossible de lire les lignes notées téléchargées.</translation>
    </message>
    <message>
        <source>Scoring the same rows with the current model</source>
        <translation>Notation des mêmes lignes avec le modèle actuel</translation>
    </message>
    <message>
        <source>Comparing the models</source>
        <translation>Comparaison des modèles</translation>
    </message>
    <message>
        <source>Evaluating job %1</source>
        <translation>Évaluation du travail %1</translation>
    </message>
</context>
<context>
    <name>mlr::ml::JobOutputs</name>
    <message>
        <source>Output &apos;%1&apos; is a trained model, so its blob must end in .ilearner; &apos;%2&apos; does not. Nothing was submitted.</source>
        <translation>La sortie «&#xa0;%1&#xa0;» est un modèle entraîné&#xa0;: son blob doit donc se terminer par .ilearner, ce qui n’est pas le cas de «&#xa0;%2&#xa0;». Rien n’a été soumis.</translation>
    </message>
    <message>
        <source>Output &apos;%1&apos; is a dataset, so its blob must end in .csv, .tsv or .arff; &apos;%2&apos; does not. Nothing was submitted.</source>
        <translation>La sortie «&#xa0;%1&#xa0;» est un jeu de données&#xa0;: son blob doit donc se terminer par .csv, .tsv ou .arff, ce qui n’est pas le cas de «&#xa0;%2&#xa0;». Rien n’a été soumis.</translation>
    </message>
    <message>
        <source>Input &apos;%1&apos; must be a blob ending in .csv, .tsv or .arff; &apos;%2&apos; does not. Nothing was submitted.</source>
        <translation>L’entrée «&#xa0;%1&#xa0;» doit être un blob se terminant par .csv, .tsv ou .arff, ce qui n’est pas le cas de «&#xa0;%2&#xa0;». Rien n’a été soumis.</translation>
    </message>
</context>
<context>
    <name>mlr::ml::RetrainSubmission</name>
    <message>
        <source>The service has no global parameter &apos;%1&apos; (it has: %2).</source>
        <translation>Le service n’a pas de paramètre global «&#xa0;%1&#xa0;» (il a&#xa0;: %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The global parameter &apos;%1&apos; is required and has no default: give it a value.</source>
        <translation>Le paramètre global «&#xa0;%1&#xa0;» est obligatoire et n’a pas de valeur par défaut&#xa0;: donnez-lui une valeur.</translation>
    </message>
    <message>
        <source>The global parameter &apos;%1&apos; needs a value of type %2; &apos;%3&apos; is not one.</source>
        <translation>Le paramètre global «&#xa0;%1&#xa0;» nécessite une valeur de type %2&#xa0;; «&#xa0;%3&#xa0;» n’en est pas une.</translation>
    </message>
    <message>
        <source>The global parameter &apos;%1&apos; must be one of: %2.</source>
        <translation>Le paramètre global «&#xa0;%1&#xa0;» doit valoir l’un de&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The global parameter &apos;%1&apos; is out of range: %2.</source>
        <translation>Le paramètre global «&#xa0;%1&#xa0;» est hors limites&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; does not exist or cannot be read.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’existe pas ou ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The service has %1 inputs; only services with one input can be retrained here.</source>
        <translation>Le service a %1 entrées&#xa0;; seuls les services à une entrée peuvent être réentraînés ici.</translation>
    </message>
    <message>
        <source>The service&apos;s swagger.json declares no outputs, so there is nothing to retrain.</source>
        <translation>Le swagger.json du service ne déclare aucune sortie&#xa0;: il n’y a donc rien à réentraîner.</translation>
    </message>
    <message>
        <source>The service has no output &apos;%1&apos;.</source>
        <translation>Le service n’a pas de sortie «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>mlr::ml::ServiceSwaggerFetch</name>
    <message>
        <source>Reading the service description %1</source>
        <translation>Lecture de la description du service %1</translation>
    </message>
    <message>
        <source>The service URL is not an http(s) URL.</source>
        <translation>L’URL du service n’est pas une URL http(s).</translation>
    </message>
</context>
<context>
    <name>mlr::tls</name>
    <message>
        <source>The CA certificate file %1 cannot be read: %2.</source>
        <translation>Le fichier de certificat d’autorité %1 ne peut pas être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>Le fichier de certificat d’autorité %1 ne contient aucun certificat PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>%1 (set by SSL_CERT_FILE)</source>
        <translation>%1 (indiqué par SSL_CERT_FILE)</translation>
    </message>
</context>
</TS>
