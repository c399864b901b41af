<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AmlCredentialsPanel</name>
    <message>
        <source>Azure Machine Learning workspace</source>
        <translation>Azure Machine Learning workspace</translation>
    </message>
    <message>
        <source>Azure sign-in</source>
        <translation>Azure sign-in</translation>
    </message>
    <message>
        <source>&amp;Tenant ID:</source>
        <translation>&amp;Tenant ID:</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Tenant ID</translation>
    </message>
    <message>
        <source>The directory (tenant) of the application: a GUID or a domain</source>
        <translation>The directory (tenant) of the application: a GUID or a domain</translation>
    </message>
    <message>
        <source>e.g. contoso.onmicrosoft.com</source>
        <translation>e.g. contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <source>&amp;Application (client) ID:</source>
        <translation>&amp;Application (client) ID:</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Application (client) ID</translation>
    </message>
    <message>
        <source>The application that signs in: a GUID</source>
        <translation>The application that signs in: a GUID</translation>
    </message>
    <message>
        <source>00000000-0000-0000-0000-000000000000</source>
        <translation>00000000-0000-0000-0000-000000000000</translation>
    </message>
    <message>
        <source>Client se&amp;cret</source>
        <translation>Client se&amp;cret</translation>
    </message>
    <message>
        <source>Sign in with a client secret</source>
        <translation>Sign in with a client secret</translation>
    </message>
    <message>
        <source>Sign in as the application (service principal) with its client secret</source>
        <translation>Sign in as the application (service principal) with its client secret</translation>
    </message>
    <message>
        <source>&amp;Device code in a browser</source>
        <translation>&amp;Device code in a browser</translation>
    </message>
    <message>
        <source>Sign in with a device code</source>
        <translation>Sign in with a device code</translation>
    </message>
    <message>
        <source>Sign in with your own account: enter a code in a browser</source>
        <translation>Sign in with your own account: enter a code in a browser</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client secret:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <source>The application's client secret; kept in the keychain</source>
        <translation>The application's client secret; kept in the keychain</translation>
    </message>
    <message>
        <source>Si&amp;gn in</source>
        <translation>Si&amp;gn in</translation>
    </message>
    <message>
        <source>Sign in to Azure</source>
        <translation>Sign in to Azure</translation>
    </message>
    <message>
        <source>Sign in with the chosen method</source>
        <translation>Sign in with the chosen method</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Cancel sign-in</translation>
    </message>
    <message>
        <source>Cancel the sign-in</source>
        <translation>Cancel the sign-in</translation>
    </message>
    <message>
        <source>Stop waiting for the sign-in</source>
        <translation>Stop waiting for the sign-in</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>Device code</translation>
    </message>
    <message>
        <source>Workspace and endpoint</source>
        <translation>Workspace and endpoint</translation>
    </message>
    <message>
        <source>S&amp;ubscription:</source>
        <translation>S&amp;ubscription:</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Subscription</translation>
    </message>
    <message>
        <source>The Azure subscription of the workspace</source>
        <translation>The Azure subscription of the workspace</translation>
    </message>
    <message>
        <source>Wor&amp;kspace:</source>
        <translation>Wor&amp;kspace:</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>The Azure Machine Learning workspace, with its resource group</source>
        <translation>The Azure Machine Learning workspace, with its resource group</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>The managed online endpoint that serves the model in production</source>
        <translation>The managed online endpoint that serves the model in production</translation>
    </message>
    <message>
        <source>Refres&amp;h lists</source>
        <translation>Refres&amp;h lists</translation>
    </message>
    <message>
        <source>Refresh the lists</source>
        <translation>Refresh the lists</translation>
    </message>
    <message>
        <source>List the subscriptions, workspaces and endpoints again</source>
        <translation>List the subscriptions, workspaces and endpoints again</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Login URL:</source>
        <translation>Login URL:</translation>
    </message>
    <message>
        <source>Login URL</source>
        <translation>Login URL</translation>
    </message>
    <message>
        <source>The Microsoft Entra authority host; empty for login.microsoftonline.com</source>
        <translation>The Microsoft Entra authority host; empty for login.microsoftonline.com</translation>
    </message>
    <message>
        <source>https://login.microsoftonline.com</source>
        <translation>https://login.microsoftonline.com</translation>
    </message>
    <message>
        <source>Resource &amp;Manager URL:</source>
        <translation>Resource &amp;Manager URL:</translation>
    </message>
    <message>
        <source>Resource Manager URL</source>
        <translation>Resource Manager URL</translation>
    </message>
    <message>
        <source>Azure Resource Manager; empty for management.azure.com</source>
        <translation>Azure Resource Manager; empty for management.azure.com</translation>
    </message>
    <message>
        <source>https://management.azure.com</source>
        <translation>https://management.azure.com</translation>
    </message>
    <message>
        <source>CA certificate file:</source>
        <translation>CA certificate file:</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA certificate file</translation>
    </message>
    <message>
        <source>A PEM file of certificate authorities trusted on top of the system's, e.g. the local sandbox's ca.pem; certificate checks stay on</source>
        <translation>A PEM file of certificate authorities trusted on top of the system's, e.g. the local sandbox's ca.pem; certificate checks stay on</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Choose the CA certificate file</translation>
    </message>
    <message>
        <source>Choose a PEM file of certificate authorities</source>
        <translation>Choose a PEM file of certificate authorities</translation>
    </message>
</context>
<context>
    <name>AmlSubmitPage</name>
    <message>
        <source>Model in production</source>
        <translation>Model in production</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpoint:</translation>
    </message>
    <message>
        <source>Online endpoint</source>
        <translation>Online endpoint</translation>
    </message>
    <message>
        <source>Deployment:</source>
        <translation>Deployment:</translation>
    </message>
    <message>
        <source>Deployment in production and its traffic</source>
        <translation>Deployment in production and its traffic</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <source>Model name and version in production</source>
        <translation>Model name and version in production</translation>
    </message>
    <message>
        <source>Trained by:</source>
        <translation>Trained by:</translation>
    </message>
    <message>
        <source>The job that trained the model</source>
        <translation>The job that trained the model</translation>
    </message>
    <message>
        <source>Choose a job definition file</source>
        <translation>Choose a job definition file</translation>
    </message>
    <message>
        <source>The model names no training job: choose the JSON of the job to re-run on the new data</source>
        <translation>The model names no training job: choose the JSON of the job to re-run on the new data</translation>
    </message>
    <message>
        <source>The JSON of GET jobs/{name}, or its "properties"</source>
        <translation>The JSON of GET jobs/{name}, or its "properties"</translation>
    </message>
    <message>
        <source>Choose a &amp;job definition…</source>
        <translation>Choose a &amp;job definition…</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Training data</translation>
    </message>
    <message>
        <source>CSV fi&amp;le:</source>
        <translation>CSV fi&amp;le:</translation>
    </message>
    <message>
        <source>Training data file</source>
        <translation>Training data file</translation>
    </message>
    <message>
        <source>Choose a CSV file or drop one here</source>
        <translation>Choose a CSV file or drop one here</translation>
    </message>
    <message>
        <source>Open a file dialog to choose the CSV file to train on</source>
        <translation>Open a file dialog to choose the CSV file to train on</translation>
    </message>
    <message>
        <source>Choose the training data file</source>
        <translation>Choose the training data file</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Data check result</source>
        <translation>Data check result</translation>
    </message>
    <message>
        <source>Each problem found in the data, with its line and column; empty when the file is ready</source>
        <translation>Each problem found in the data, with its line and column; empty when the file is ready</translation>
    </message>
    <message>
        <source>Problems found in the data</source>
        <translation>Problems found in the data</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Upload the checked file to the datastore and submit a re-run of the production model's job on it, then follow it</source>
        <translation>Upload the checked file to the datastore and submit a re-run of the production model's job on it, then follow it</translation>
    </message>
    <message>
        <source>Upload the data and submit the retraining job</source>
        <translation>Upload the data and submit the retraining job</translation>
    </message>
    <message>
        <source>&amp;Upload and submit</source>
        <translation>&amp;Upload and submit</translation>
    </message>
    <message>
        <source>Stop the upload, or ask the workspace to cancel the running job</source>
        <translation>Stop the upload, or ask the workspace to cancel the running job</translation>
    </message>
    <message>
        <source>Cancel the upload or the job</source>
        <translation>Cancel the upload or the job</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>C&amp;ancel</translation>
    </message>
    <message>
        <source>Elapsed time of the job</source>
        <translation>Elapsed time of the job</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Upload progress</translation>
    </message>
    <message>
        <source>Upload speed and time left</source>
        <translation>Upload speed and time left</translation>
    </message>
    <message>
        <source>Job timeline</source>
        <translation>Job timeline</translation>
    </message>
    <message>
        <source>Each line is a step of the job with the time it happened.</source>
        <translation>Each line is a step of the job with the time it happened.</translation>
    </message>
</context>
<context>
    <name>ArmTarget</name>
    <message>
        <source>The Azure Resource Manager URL is not valid.</source>
        <translation>The Azure Resource Manager URL is not valid.</translation>
    </message>
    <message>
        <source>The Azure Resource Manager URL %1 is not https: the sign-in token is only sent over https (or to this computer).</source>
        <translation>The Azure Resource Manager URL %1 is not https: the sign-in token is only sent over https (or to this computer).</translation>
    </message>
    <message>
        <source>No subscription id is set.</source>
        <translation>No subscription id is set.</translation>
    </message>
    <message>
        <source>The subscription id "%1" is not valid.</source>
        <translation>The subscription id "%1" is not valid.</translation>
    </message>
    <message>
        <source>No resource group is set.</source>
        <translation>No resource group is set.</translation>
    </message>
    <message>
        <source>The resource group "%1" is not valid.</source>
        <translation>The resource group "%1" is not valid.</translation>
    </message>
    <message>
        <source>the web service keys answer has no keys</source>
        <translation>the web service keys answer has no keys</translation>
    </message>
    <message>
        <source>the list of web services is not a {"value": [...]} document</source>
        <translation>the list of web services is not a {"value": [...]} document</translation>
    </message>
    <message>
        <source>the operation status has no "status"</source>
        <translation>the operation status has no "status"</translation>
    </message>
</context>
<context>
    <name>BesEndpoint</name>
    <message>
        <source>The batch (BES) URL '%1' is not an http(s) URL.</source>
        <translation>The batch (BES) URL '%1' is not an http(s) URL.</translation>
    </message>
    <message>
        <source>The batch (BES) URL '%1' does not name a web service: expected .../subscriptions/{id}/services/{id} or .../workspaces/{id}/services/{id}.</source>
        <translation>The batch (BES) URL '%1' does not name a web service: expected .../subscriptions/{id}/services/{id} or .../workspaces/{id}/services/{id}.</translation>
    </message>
    <message>
        <source>The batch (BES) URL '%1' has an unexpected part after the service id ('%2').</source>
        <translation>The batch (BES) URL '%1' has an unexpected part after the service id ('%2').</translation>
    </message>
    <message>
        <source>The API key of the retraining web service is not set.</source>
        <translation>The API key of the retraining web service is not set.</translation>
    </message>
    <message>
        <source>The API key would be sent unencrypted to %1: use an https URL.</source>
        <translation>The API key would be sent unencrypted to %1: use an https URL.</translation>
    </message>
    <message>
        <source>the service answered the job submission without a job id (%1).</source>
        <translation>the service answered the job submission without a job id (%1).</translation>
    </message>
    <message>
        <source>the job status is not a JSON object (%1).</source>
        <translation>the job status is not a JSON object (%1).</translation>
    </message>
</context>
<context>
    <name>BlobReference</name>
    <message>
        <source>A connection-string blob reference needs the storage account key, and only a SAS is known for account '%1'.</source>
        <translation>A connection-string blob reference needs the storage account key, and only a SAS is known for account '%1'.</translation>
    </message>
    <message>
        <source>Storage account '%1' has neither a key nor a SAS, so the job cannot be given access to its blobs.</source>
        <translation>Storage account '%1' has neither a key nor a SAS, so the job cannot be given access to its blobs.</translation>
    </message>
</context>
<context>
    <name>ClassicEndpoint</name>
    <message>
        <source>'%1' is not a classic web service endpoint URL (…/workspaces/{workspace}/webservices/{service}/endpoints/{endpoint}).</source>
        <translation>'%1' is not a classic web service endpoint URL (…/workspaces/{workspace}/webservices/{service}/endpoints/{endpoint}).</translation>
    </message>
    <message>
        <source>The endpoint URL %1 is not https: the API key is only sent over https (or to this computer).</source>
        <translation>The endpoint URL %1 is not https: the API key is only sent over https (or to this computer).</translation>
    </message>
    <message>
        <source>No API key is set for the endpoint.</source>
        <translation>No API key is set for the endpoint.</translation>
    </message>
    <message>
        <source>the endpoint description is not a JSON object with Resources</source>
        <translation>the endpoint description is not a JSON object with Resources</translation>
    </message>
</context>
<context>
    <name>CredentialsInput</name>
    <message>
        <source>Enter the storage account's connection string.</source>
        <translation>Enter the storage account's connection string.</translation>
    </message>
    <message>
        <source>Enter the storage account name.</source>
        <translation>Enter the storage account name.</translation>
    </message>
    <message>
        <source>Enter the storage account key.</source>
        <translation>Enter the storage account key.</translation>
    </message>
    <message>
        <source>The profile “%1” has no storage account yet: enter one on the Credentials step.</source>
        <translation>The profile “%1” has no storage account yet: enter one on the Credentials step.</translation>
    </message>
    <message>
        <source>The profile “%1” has no storage account key or SAS token: enter one on the Credentials step.</source>
        <translation>The profile “%1” has no storage account key or SAS token: enter one on the Credentials step.</translation>
    </message>
    <message>
        <source>The API key of %1 would be sent over plain HTTP to %2. Use an https:// URL.</source>
        <translation>The API key of %1 would be sent over plain HTTP to %2. Use an https:// URL.</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Keychain status</source>
        <translation>Keychain status</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>The connection profile: its settings are saved on this computer, its secrets in the keychain</source>
        <translation>The connection profile: its settings are saved on this computer, its secrets in the keychain</translation>
    </message>
    <message>
        <source>Ne&amp;w…</source>
        <translation>Ne&amp;w…</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <source>Create a new, empty connection profile</source>
        <translation>Create a new, empty connection profile</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Rename profile</translation>
    </message>
    <message>
        <source>Give the selected profile another name</source>
        <translation>Give the selected profile another name</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Delete profile</translation>
    </message>
    <message>
        <source>Delete the selected profile and its secrets</source>
        <translation>Delete the selected profile and its secrets</translation>
    </message>
    <message>
        <source>Profile name editor</source>
        <translation>Profile name editor</translation>
    </message>
    <message>
        <source>Pr&amp;ofile name:</source>
        <translation>Pr&amp;ofile name:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <source>The name of the new or renamed profile</source>
        <translation>The name of the new or renamed profile</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>e.g. Production</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Confirm the profile name</source>
        <translation>Confirm the profile name</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close the profile name editor without changes</source>
        <translation>Close the profile name editor without changes</translation>
    </message>
    <message>
        <source>Profile message</source>
        <translation>Profile message</translation>
    </message>
    <message>
        <source>Storage account</source>
        <translation>Storage account</translation>
    </message>
    <message>
        <source>&amp;Connection string</source>
        <translation>&amp;Connection string</translation>
    </message>
    <message>
        <source>Use a connection string</source>
        <translation>Use a connection string</translation>
    </message>
    <message>
        <source>Enter the storage account connection string from the Azure portal</source>
        <translation>Enter the storage account connection string from the Azure portal</translation>
    </message>
    <message>
        <source>Account name and &amp;key</source>
        <translation>Account name and &amp;key</translation>
    </message>
    <message>
        <source>Use the account name and key</source>
        <translation>Use the account name and key</translation>
    </message>
    <message>
        <source>Enter the account name, blob endpoint and account key separately</source>
        <translation>Enter the account name, blob endpoint and account key separately</translation>
    </message>
    <message>
        <source>Storage credentials</source>
        <translation>Storage credentials</translation>
    </message>
    <message>
        <source>Connection strin&amp;g:</source>
        <translation>Connection strin&amp;g:</translation>
    </message>
    <message>
        <source>Storage connection string</source>
        <translation>Storage connection string</translation>
    </message>
    <message>
        <source>The connection string of the storage account; it contains the account key and is kept in the keychain</source>
        <translation>The connection string of the storage account; it contains the account key and is kept in the keychain</translation>
    </message>
    <message>
        <source>DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…</source>
        <translation>DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…</translation>
    </message>
    <message>
        <source>Account na&amp;me:</source>
        <translation>Account na&amp;me:</translation>
    </message>
    <message>
        <source>Storage account name</source>
        <translation>Storage account name</translation>
    </message>
    <message>
        <source>The name of the storage account</source>
        <translation>The name of the storage account</translation>
    </message>
    <message>
        <source>mystorageaccount</source>
        <translation>mystorageaccount</translation>
    </message>
    <message>
        <source>Blob &amp;endpoint:</source>
        <translation>Blob &amp;endpoint:</translation>
    </message>
    <message>
        <source>Blob endpoint</source>
        <translation>Blob endpoint</translation>
    </message>
    <message>
        <source>The blob service URL; leave empty for https://ACCOUNT.blob.core.windows.net</source>
        <translation>The blob service URL; leave empty for https://ACCOUNT.blob.core.windows.net</translation>
    </message>
    <message>
        <source>https://ACCOUNT.blob.core.windows.net (default)</source>
        <translation>https://ACCOUNT.blob.core.windows.net (default)</translation>
    </message>
    <message>
        <source>Account ke&amp;y:</source>
        <translation>Account ke&amp;y:</translation>
    </message>
    <message>
        <source>Storage account key</source>
        <translation>Storage account key</translation>
    </message>
    <message>
        <source>The access key of the storage account; kept in the keychain</source>
        <translation>The access key of the storage account; kept in the keychain</translation>
    </message>
    <message>
        <source>Storage credentials message</source>
        <translation>Storage credentials message</translation>
    </message>
    <message>
        <source>Web services</source>
        <translation>Web services</translation>
    </message>
    <message>
        <source>Retraining batch (BES) &amp;URL:</source>
        <translation>Retraining batch (BES) &amp;URL:</translation>
    </message>
    <message>
        <source>Retraining service batch URL</source>
        <translation>Retraining service batch URL</translation>
    </message>
    <message>
        <source>The batch execution (BES) jobs URL of the retraining web service</source>
        <translation>The batch execution (BES) jobs URL of the retraining web service</translation>
    </message>
    <message>
        <source>https://…/workspaces/…/services/…/jobs</source>
        <translation>https://…/workspaces/…/services/…/jobs</translation>
    </message>
    <message>
        <source>Retraining &amp;API key:</source>
        <translation>Retraining &amp;API key:</translation>
    </message>
    <message>
        <source>Retraining service API key</source>
        <translation>Retraining service API key</translation>
    </message>
    <message>
        <source>The API key of the retraining web service; kept in the keychain</source>
        <translation>The API key of the retraining web service; kept in the keychain</translation>
    </message>
    <message>
        <source>Predictive re&amp;quest URL:</source>
        <translation>Predictive re&amp;quest URL:</translation>
    </message>
    <message>
        <source>Predictive service request URL</source>
        <translation>Predictive service request URL</translation>
    </message>
    <message>
        <source>The request-response (RRS) URL of the predictive web service</source>
        <translation>The request-response (RRS) URL of the predictive web service</translation>
    </message>
    <message>
        <source>https://…/workspaces/…/services/…/execute</source>
        <translation>https://…/workspaces/…/services/…/execute</translation>
    </message>
    <message>
        <source>Pre&amp;dictive API key:</source>
        <translation>Pre&amp;dictive API key:</translation>
    </message>
    <message>
        <source>Predictive service API key</source>
        <translation>Predictive service API key</translation>
    </message>
    <message>
        <source>The API key of the predictive web service; kept in the keychain</source>
        <translation>The API key of the predictive web service; kept in the keychain</translation>
    </message>
    <message>
        <source>Web services message</source>
        <translation>Web services message</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Save profile</translation>
    </message>
    <message>
        <source>Save the settings of this profile, and its secrets to the keychain</source>
        <translation>Save the settings of this profile, and its secrets to the keychain</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Connect to the storage account and list its containers</source>
        <translation>Connect to the storage account and list its containers</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Shown while the page waits for the keychain or the storage account</source>
        <translation>Shown while the page waits for the keychain or the storage account</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Create ser&amp;vices…</source>
        <translation>Create ser&amp;vices…</translation>
    </message>
    <message>
        <source>Create services</source>
        <translation>Create services</translation>
    </message>
    <message>
        <source>Create a retraining and a predictive web service for your CSV in mlstudio-local, from a template</source>
        <translation>Create a retraining and a predictive web service for your CSV in mlstudio-local, from a template</translation>
    </message>
    <message>
        <source>mlstudio-local only: create a retraining and a predictive web service for your CSV from a template</source>
        <translation>mlstudio-local only: create a retraining and a predictive web service for your CSV from a template</translation>
    </message>
    <message>
        <source>Create the profile with this name, or rename it</source>
        <translation>Create the profile with this name, or rename it</translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation>K&amp;ind:</translation>
    </message>
    <message>
        <source>Profile kind</source>
        <translation>Profile kind</translation>
    </message>
    <message>
        <source>Which service the new profile is for</source>
        <translation>Which service the new profile is for</translation>
    </message>
    <message>
        <source>Azure Machine Learning Studio (classic) web services, or an Azure Machine Learning workspace</source>
        <translation>Azure Machine Learning Studio (classic) web services, or an Azure Machine Learning workspace</translation>
    </message>
</context>
<context>
    <name>DataChecker</name>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>The value is not valid UTF-8 text (byte 0x%1). Save the file as UTF-8.</source>
        <translation>The value is not valid UTF-8 text (byte 0x%1). Save the file as UTF-8.</translation>
    </message>
    <message>
        <source>Column %1 of the header has no name.</source>
        <translation>Column %1 of the header has no name.</translation>
    </message>
    <message>
        <source>The column name "%1" appears more than once in the header (columns %2 and %3).</source>
        <translation>The column name "%1" appears more than once in the header (columns %2 and %3).</translation>
    </message>
    <message>
        <source>The label column "%1" is not in the header.</source>
        <translation>The label column "%1" is not in the header.</translation>
    </message>
    <message>
        <source> The header has "%1", with spaces around the name.</source>
        <translation> The header has "%1", with spaces around the name.</translation>
    </message>
    <message>
        <source> The header has "%1": names are case-sensitive.</source>
        <translation> The header has "%1": names are case-sensitive.</translation>
    </message>
    <message>
        <source>The label column "%1" is missing: the service learns from it, so the training data needs it.%2</source>
        <translation>The label column "%1" is missing: the service learns from it, so the training data needs it.%2</translation>
    </message>
    <message>
        <source>The service needs the column "%1", which is not in the header.%2</source>
        <translation>The service needs the column "%1", which is not in the header.%2</translation>
    </message>
    <message>
        <source>The service does not take the column "%1"; it will be dropped.</source>
        <translation>The service does not take the column "%1"; it will be dropped.</translation>
    </message>
    <message>
        <source>The columns are not in the service's order (%1); the service matches them by name.</source>
        <translation>The columns are not in the service's order (%1); the service matches them by name.</translation>
    </message>
    <message numerus="yes">
        <source>Line %1 has %n value(s), but the header has %2. Quote values that contain commas.</source>
        <translation><numerusform>Line %1 has %n value, but the header has %2. Quote values that contain commas.</numerusform><numerusform>Line %1 has %n values, but the header has %2. Quote values that contain commas.</numerusform></translation>
    </message>
    <message>
        <source>%1 is not a whole number (column "%2" holds integers).</source>
        <translation>%1 is not a whole number (column "%2" holds integers).</translation>
    </message>
    <message>
        <source>%1 is not a number (column "%2" holds numbers).</source>
        <translation>%1 is not a number (column "%2" holds numbers).</translation>
    </message>
    <message>
        <source>%1 is not true or false (column "%2" holds booleans).</source>
        <translation>%1 is not true or false (column "%2" holds booleans).</translation>
    </message>
    <message>
        <source>%1 is not one of the values column "%2" allows (%3).</source>
        <translation>%1 is not one of the values column "%2" allows (%3).</translation>
    </message>
    <message>
        <source>The file is UTF-16 text. Save it as UTF-8 ("CSV UTF-8") and check it again.</source>
        <translation>The file is UTF-16 text. Save it as UTF-8 ("CSV UTF-8") and check it again.</translation>
    </message>
    <message>
        <source>Line %1 contains a NUL byte: this is a binary file, not CSV text.</source>
        <translation>Line %1 contains a NUL byte: this is a binary file, not CSV text.</translation>
    </message>
    <message>
        <source>A quoted value that starts on line %1 is never closed (a closing " is missing).</source>
        <translation>A quoted value that starts on line %1 is never closed (a closing " is missing).</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row.</source>
        <translation>The file is empty: there is no header row.</translation>
    </message>
    <message>
        <source>The file has a header but no data rows.</source>
        <translation>The file has a header but no data rows.</translation>
    </message>
    <message>
        <source>The label column "%1" is empty in every row.</source>
        <translation>The label column "%1" is empty in every row.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have no value in the label column "%1" (the first on line %2); training skips them.</source>
        <translation><numerusform>%n row has no value in the label column "%1" (the first on line %2); training skips it.</numerusform><numerusform>%n rows have no value in the label column "%1" (the first on line %2); training skips them.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more line(s) with the same problem, from line %1 on (not listed).</source>
        <translation><numerusform>%n more line with the same problem, from line %1 on (not listed).</numerusform><numerusform>%n more lines with the same problem, from line %1 on (not listed).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) not listed.</source>
        <translation><numerusform>%n more problem not listed.</numerusform><numerusform>%n more problems not listed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The file looks semicolon-separated: its header reads as %n column(s) because the values are separated by ";". The service needs comma-separated values: save or export the file as CSV with commas.</source>
        <translation><numerusform>The file looks semicolon-separated: its header reads as %n column because the values are separated by ";". The service needs comma-separated values: save or export the file as CSV with commas.</numerusform><numerusform>The file looks semicolon-separated: its header reads as %n columns because the values are separated by ";". The service needs comma-separated values: save or export the file as CSV with commas.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The file looks tab-separated: its header reads as %n column(s) because the values are separated by tabs. The service needs comma-separated values: save or export the file as CSV with commas.</source>
        <translation><numerusform>The file looks tab-separated: its header reads as %n column because the values are separated by tabs. The service needs comma-separated values: save or export the file as CSV with commas.</numerusform><numerusform>The file looks tab-separated: its header reads as %n columns because the values are separated by tabs. The service needs comma-separated values: save or export the file as CSV with commas.</numerusform></translation>
    </message>
</context>
<context>
    <name>DatastorePage</name>
    <message>
        <source>Datastore status</source>
        <translation>Datastore status</translation>
    </message>
    <message>
        <source>The workspace's default datastore</source>
        <translation>The workspace's default datastore</translation>
    </message>
    <message>
        <source>Datastore:</source>
        <translation>Datastore:</translation>
    </message>
    <message>
        <source>Datastore name</source>
        <translation>Datastore name</translation>
    </message>
    <message>
        <source>Storage account:</source>
        <translation>Storage account:</translation>
    </message>
    <message>
        <source>Storage account name</source>
        <translation>Storage account name</translation>
    </message>
    <message>
        <source>Container:</source>
        <translation>Container:</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Blob endpoint:</source>
        <translation>Blob endpoint:</translation>
    </message>
    <message>
        <source>Blob endpoint</source>
        <translation>Blob endpoint</translation>
    </message>
    <message>
        <source>Use the account key the &amp;workspace gives (never stored)</source>
        <translation>Use the account key the &amp;workspace gives (never stored)</translation>
    </message>
    <message>
        <source>Use the workspace's account key</source>
        <translation>Use the workspace's account key</translation>
    </message>
    <message>
        <source>The datastore's account key is asked from the workspace (listSecrets) each time and kept in memory only.</source>
        <translation>The datastore's account key is asked from the workspace (listSecrets) each time and kept in memory only.</translation>
    </message>
    <message>
        <source>&amp;My own storage credentials for this account</source>
        <translation>&amp;My own storage credentials for this account</translation>
    </message>
    <message>
        <source>My own storage credentials for this account</source>
        <translation>My own storage credentials for this account</translation>
    </message>
    <message>
        <source>An account key or a SAS token of the datastore's storage account, for a datastore whose key the workspace does not give.</source>
        <translation>An account key or a SAS token of the datastore's storage account, for a datastore whose key the workspace does not give.</translation>
    </message>
    <message>
        <source>Account &amp;key:</source>
        <translation>Account &amp;key:</translation>
    </message>
    <message>
        <source>Storage account key</source>
        <translation>Storage account key</translation>
    </message>
    <message>
        <source>The storage account's access key (base64). Leave empty to use a SAS token instead.</source>
        <translation>The storage account's access key (base64). Leave empty to use a SAS token instead.</translation>
    </message>
    <message>
        <source>&amp;SAS token:</source>
        <translation>&amp;SAS token:</translation>
    </message>
    <message>
        <source>SAS token</source>
        <translation>SAS token</translation>
    </message>
    <message>
        <source>A shared access signature for the account or the datastore's container (without the leading '?').</source>
        <translation>A shared access signature for the account or the datastore's container (without the leading '?').</translation>
    </message>
    <message>
        <source>Save them &amp;in the keychain for this profile</source>
        <translation>Save them &amp;in the keychain for this profile</translation>
    </message>
    <message>
        <source>Save the storage credentials in the keychain</source>
        <translation>Save the storage credentials in the keychain</translation>
    </message>
    <message>
        <source>Keep the key or SAS token in the system keychain for this profile, to find it filled in next time.</source>
        <translation>Keep the key or SAS token in the system keychain for this profile, to find it filled in next time.</translation>
    </message>
    <message>
        <source>Check &amp;access</source>
        <translation>Check &amp;access</translation>
    </message>
    <message>
        <source>Check access with my credentials</source>
        <translation>Check access with my credentials</translation>
    </message>
    <message>
        <source>Lists the datastore's container with these credentials.</source>
        <translation>Lists the datastore's container with these credentials.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Access to the datastore</source>
        <translation>Access to the datastore</translation>
    </message>
</context>
<context>
    <name>Definition</name>
    <message>
        <source>The web service has no asset '%1'.</source>
        <translation>The web service has no asset '%1'.</translation>
    </message>
    <message>
        <source>Asset '%1' (%2) is not a trained model.</source>
        <translation>Asset '%1' (%2) is not a trained model.</translation>
    </message>
    <message>
        <source>The model location '%1' is not an http(s) blob URL.</source>
        <translation>The model location '%1' is not an http(s) blob URL.</translation>
    </message>
    <message>
        <source>The model location '%1' does not end with .ilearner: it is not a trained model output.</source>
        <translation>The model location '%1' does not end with .ilearner: it is not a trained model output.</translation>
    </message>
    <message>
        <source>%1 must be a JSON object ({...}).</source>
        <translation>%1 must be a JSON object ({...}).</translation>
    </message>
    <message>
        <source>%1 must be a JSON array ([...]).</source>
        <translation>%1 must be a JSON array ([...]).</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1 must be a string.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 must be true or false.</translation>
    </message>
    <message>
        <source>%1 has the wrong type.</source>
        <translation>%1 has the wrong type.</translation>
    </message>
    <message>
        <source>properties.packageType is '%1'; web services are of type 'Graph'.</source>
        <translation>properties.packageType is '%1'; web services are of type 'Graph'.</translation>
    </message>
    <message>
        <source>The definition file '%1' cannot be used: %2</source>
        <translation>The definition file '%1' cannot be used: %2</translation>
    </message>
    <message>
        <source>it is not UTF-8 or UTF-16 text (line %1, column %2). Save it as UTF-8.</source>
        <translation>it is not UTF-8 or UTF-16 text (line %1, column %2). Save it as UTF-8.</translation>
    </message>
    <message>
        <source>it ends before the JSON is complete (line %1, column %2: %3); the file looks truncated. Export the definition again.</source>
        <translation>it ends before the JSON is complete (line %1, column %2: %3); the file looks truncated. Export the definition again.</translation>
    </message>
    <message>
        <source>it is not valid JSON: %1 at line %2, column %3.</source>
        <translation>it is not valid JSON: %1 at line %2, column %3.</translation>
    </message>
    <message>
        <source>An example row of %1 has %2 cells for %3 columns.</source>
        <translation>An example row of %1 has %2 cells for %3 columns.</translation>
    </message>
    <message>
        <source>The web service has no example rows for %1.</source>
        <translation>The web service has no example rows for %1.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>Nothing is listening at that address (connection refused). Check the endpoint and that the service is running.</source>
        <translation>Nothing is listening at that address (connection refused). Check the endpoint and that the service is running.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>The server closed the connection before answering.</translation>
    </message>
    <message>
        <source>The host name could not be found. Check the endpoint or account name.</source>
        <translation>The host name could not be found. Check the endpoint or account name.</translation>
    </message>
    <message>
        <source>The server stopped answering (timed out).</source>
        <translation>The server stopped answering (timed out).</translation>
    </message>
    <message>
        <source>A secure (TLS) connection could not be established.</source>
        <translation>A secure (TLS) connection could not be established.</translation>
    </message>
    <message>
        <source>The network is temporarily unavailable.</source>
        <translation>The network is temporarily unavailable.</translation>
    </message>
    <message>
        <source>The address does not use a supported protocol (http or https).</source>
        <translation>The address does not use a supported protocol (http or https).</translation>
    </message>
    <message>
        <source>A network error occurred.</source>
        <translation>A network error occurred.</translation>
    </message>
    <message>
        <source>The service rejected the request as invalid.</source>
        <translation>The service rejected the request as invalid.</translation>
    </message>
    <message>
        <source>The service did not accept the credentials (401). Check the key or sign in again.</source>
        <translation>The service did not accept the credentials (401). Check the key or sign in again.</translation>
    </message>
    <message>
        <source>Access was denied (403). The account key, SAS or API key is wrong or has expired, or lacks the needed permission.</source>
        <translation>Access was denied (403). The account key, SAS or API key is wrong or has expired, or lacks the needed permission.</translation>
    </message>
    <message>
        <source>The service could not find what was asked for (404).</source>
        <translation>The service could not find what was asked for (404).</translation>
    </message>
    <message>
        <source>The request conflicts with the current state (409).</source>
        <translation>The request conflicts with the current state (409).</translation>
    </message>
    <message>
        <source>The resource changed while it was being used (412).</source>
        <translation>The resource changed while it was being used (412).</translation>
    </message>
    <message>
        <source>The service is throttling requests (429). Try again shortly.</source>
        <translation>The service is throttling requests (429). Try again shortly.</translation>
    </message>
    <message>
        <source>The service had an internal problem (HTTP %1). Try again later.</source>
        <translation>The service had an internal problem (HTTP %1). Try again later.</translation>
    </message>
    <message>
        <source>The service answered with HTTP status %1.</source>
        <translation>The service answered with HTTP status %1.</translation>
    </message>
    <message>
        <source>The service said: %1</source>
        <translation>The service said: %1</translation>
    </message>
    <message>
        <source>The response could not be understood: %1</source>
        <translation>The response could not be understood: %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>The keychain failed: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>error message: what was being done: what went wrong</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <source>Evaluation status</source>
        <translation>Evaluation status</translation>
    </message>
    <message>
        <source>Loading step</source>
        <translation>Loading step</translation>
    </message>
    <message>
        <source>No evaluation loaded yet: submit a retraining job on the previous step.</source>
        <translation>No evaluation loaded yet: submit a retraining job on the previous step.</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Loading progress</translation>
    </message>
    <message>
        <source>Promotion gate verdict</source>
        <translation>Promotion gate verdict</translation>
    </message>
    <message>
        <source>Evaluation views</source>
        <translation>Evaluation views</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>&amp;Metrics</translation>
    </message>
    <message>
        <source>Metrics of the new and the current model</source>
        <translation>Metrics of the new and the current model</translation>
    </message>
    <message>
        <source>One row per metric: the new model, the current model, the change and the promotion gate's verdict. Hover a cell for an explanation.</source>
        <translation>One row per metric: the new model, the current model, the change and the promotion gate's verdict. Hover a cell for an explanation.</translation>
    </message>
    <message>
        <source>Bar chart of the metrics of both models</source>
        <translation>Bar chart of the metrics of both models</translation>
    </message>
    <message>
        <source>The same numbers as the metrics table, as bars.</source>
        <translation>The same numbers as the metrics table, as bars.</translation>
    </message>
    <message>
        <source>Promotion gate rules and their reasons</source>
        <translation>Promotion gate rules and their reasons</translation>
    </message>
    <message>
        <source>Copy the metrics table</source>
        <translation>Copy the metrics table</translation>
    </message>
    <message>
        <source>Copy the table to the clipboard, tab-separated (paste it into a spreadsheet).</source>
        <translation>Copy the table to the clipboard, tab-separated (paste it into a spreadsheet).</translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation>&amp;Copy table</translation>
    </message>
    <message>
        <source>C&amp;urves</source>
        <translation>C&amp;urves</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>C&amp;hart:</translation>
    </message>
    <message>
        <source>Curve to show</source>
        <translation>Curve to show</translation>
    </message>
    <message>
        <source>Curve summary</source>
        <translation>Curve summary</translation>
    </message>
    <message>
        <source>Performance curve of both models</source>
        <translation>Performance curve of both models</translation>
    </message>
    <message>
        <source>Confu&amp;sion matrices</source>
        <translation>Confu&amp;sion matrices</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>&amp;Threshold:</translation>
    </message>
    <message>
        <source>Decision threshold</source>
        <translation>Decision threshold</translation>
    </message>
    <message>
        <source>Rows scoring at least this probability are predicted positive. Moving it updates the three matrices.</source>
        <translation>Rows scoring at least this probability are predicted positive. Moving it updates the three matrices.</translation>
    </message>
    <message>
        <source>Threshold value</source>
        <translation>Threshold value</translation>
    </message>
    <message>
        <source>New model</source>
        <translation>New model</translation>
    </message>
    <message>
        <source>Confusion matrix of the new model</source>
        <translation>Confusion matrix of the new model</translation>
    </message>
    <message>
        <source>Current model</source>
        <translation>Current model</translation>
    </message>
    <message>
        <source>Confusion matrix of the current model</source>
        <translation>Confusion matrix of the current model</translation>
    </message>
    <message>
        <source>Difference (new − current)</source>
        <translation>Difference (new − current)</translation>
    </message>
    <message>
        <source>Difference between the confusion matrices, new minus current</source>
        <translation>Difference between the confusion matrices, new minus current</translation>
    </message>
    <message>
        <source>Accuracy, precision and recall at the threshold</source>
        <translation>Accuracy, precision and recall at the threshold</translation>
    </message>
    <message>
        <source>&amp;Predictions</source>
        <translation>&amp;Predictions</translation>
    </message>
    <message>
        <source>Cha&amp;rt:</source>
        <translation>Cha&amp;rt:</translation>
    </message>
    <message>
        <source>Regression chart to show</source>
        <translation>Regression chart to show</translation>
    </message>
    <message>
        <source>Predicted against actual values of both models</source>
        <translation>Predicted against actual values of both models</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Export the chart as PNG</translation>
    </message>
    <message>
        <source>Save the chart of the current tab as a PNG image.</source>
        <translation>Save the chart of the current tab as a PNG image.</translation>
    </message>
    <message>
        <source>&amp;Export chart…</source>
        <translation>&amp;Export chart…</translation>
    </message>
    <message>
        <source>Metrics, curves, confusion matrices and predictions of both models</source>
        <translation>Metrics, curves, confusion matrices and predictions of both models</translation>
    </message>
    <message>
        <source>The performance curve to show: ROC, precision and recall, or lift</source>
        <translation>The performance curve to show: ROC, precision and recall, or lift</translation>
    </message>
    <message>
        <source>The chosen curve of the new and the current model; Show values instead of charts gives its points as a table</source>
        <translation>The chosen curve of the new and the current model; Show values instead of charts gives its points as a table</translation>
    </message>
    <message>
        <source>Points of the curve of both models</source>
        <translation>Points of the curve of both models</translation>
    </message>
    <message>
        <source>One row per point of each model: its x and y values and the score threshold it is reached at</source>
        <translation>One row per point of each model: its x and y values and the score threshold it is reached at</translation>
    </message>
    <message>
        <source>Rows are the actual classes, columns the predicted ones, at the chosen threshold</source>
        <translation>Rows are the actual classes, columns the predicted ones, at the chosen threshold</translation>
    </message>
    <message>
        <source>New model's count minus the current model's, per cell</source>
        <translation>New model's count minus the current model's, per cell</translation>
    </message>
    <message>
        <source>The regression chart to show: predicted against actual, or residuals</source>
        <translation>The regression chart to show: predicted against actual, or residuals</translation>
    </message>
    <message>
        <source>The chosen chart of both models; Show values instead of charts gives its points as a table</source>
        <translation>The chosen chart of both models; Show values instead of charts gives its points as a table</translation>
    </message>
    <message>
        <source>Points of the chart of both models</source>
        <translation>Points of the chart of both models</translation>
    </message>
    <message>
        <source>One row per scored row of each model: its x and y values</source>
        <translation>One row per scored row of each model: its x and y values</translation>
    </message>
    <message>
        <source>Show values instead of charts</source>
        <translation>Show values instead of charts</translation>
    </message>
    <message>
        <source>Show &amp;values instead of charts</source>
        <translation>Show &amp;values instead of charts</translation>
    </message>
    <message>
        <source>Show the points of the curves and predictions as tables, the text alternative of the charts</source>
        <translation>Show the points of the curves and predictions as tables, the text alternative of the charts</translation>
    </message>
    <message>
        <source>How the models were compared</source>
        <translation>How the models were compared</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help for this step</source>
        <translation>Help for this step</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation>What this step does</translation>
    </message>
    <message>
        <source>E&amp;quivalent commands:</source>
        <translation>E&amp;quivalent commands:</translation>
    </message>
    <message>
        <source>Equivalent commands</source>
        <translation>Equivalent commands</translation>
    </message>
    <message>
        <source>The mlretrain-cli commands that do what this step does, one per line</source>
        <translation>The mlretrain-cli commands that do what this step does, one per line</translation>
    </message>
    <message>
        <source>Where the options are explained</source>
        <translation>Where the options are explained</translation>
    </message>
    <message>
        <source>&amp;Copy commands</source>
        <translation>&amp;Copy commands</translation>
    </message>
    <message>
        <source>Copy the equivalent commands to the clipboard</source>
        <translation>Copy the equivalent commands to the clipboard</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>retraining job</source>
        <translation>retraining job</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>evaluation</translation>
    </message>
    <message>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <source>rollback</source>
        <translation>rollback</translation>
    </message>
    <message>
        <source>service created</source>
        <translation>service created</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>The history %1 cannot be read: %2</source>
        <translation>The history %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The history %1 is not a history file (%2).</source>
        <translation>The history %1 is not a history file (%2).</translation>
    </message>
    <message>
        <source>unexpected content</source>
        <translation>unexpected content</translation>
    </message>
    <message>
        <source>The folder %1 for the history cannot be created.</source>
        <translation>The folder %1 for the history cannot be created.</translation>
    </message>
    <message>
        <source>The history %1 cannot be written: %2</source>
        <translation>The history %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Retraining job %1 on %2: %3</source>
        <translation>Retraining job %1 on %2: %3</translation>
    </message>
    <message>
        <source>Gate passed: %1</source>
        <translation>Gate passed: %1</translation>
    </message>
    <message>
        <source>Gate failed: %1</source>
        <translation>Gate failed: %1</translation>
    </message>
    <message>
        <source>Rollback of %1</source>
        <translation>Rollback of %1</translation>
    </message>
    <message>
        <source>Update of %1</source>
        <translation>Update of %1</translation>
    </message>
    <message>
        <source>Roll-out on %1: %2</source>
        <translation>Roll-out on %1: %2</translation>
    </message>
    <message>
        <source>Traffic of %1 set to %2</source>
        <translation>Traffic of %1 set to %2</translation>
    </message>
    <message>
        <source>Rollback of %1: traffic back on %2 (%3)</source>
        <translation>Rollback of %1: traffic back on %2 (%3)</translation>
    </message>
    <message>
        <source>Rollback of %1 failed: %2</source>
        <translation>Rollback of %1 failed: %2</translation>
    </message>
    <message>
        <source>Deployment %1 of %2 retired</source>
        <translation>Deployment %1 of %2 retired</translation>
    </message>
</context>
<context>
    <name>JobJournal</name>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>The job journal %1 cannot be read: %2</source>
        <translation>The job journal %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The job journal %1 is not a job journal (%2).</source>
        <translation>The job journal %1 is not a job journal (%2).</translation>
    </message>
    <message>
        <source>unexpected content</source>
        <translation>unexpected content</translation>
    </message>
    <message>
        <source>A job without an id cannot be recorded.</source>
        <translation>A job without an id cannot be recorded.</translation>
    </message>
    <message>
        <source>The folder %1 for the job journal cannot be created.</source>
        <translation>The folder %1 for the job journal cannot be created.</translation>
    </message>
    <message>
        <source>The job journal %1 cannot be written: %2</source>
        <translation>The job journal %1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>LabelCheck</name>
    <message>
        <source>The label column "%1" holds %2 (first on line %3), but the service learns two values only: %4 and %5.</source>
        <translation>The label column "%1" holds %2 (first on line %3), but the service learns two values only: %4 and %5.</translation>
    </message>
    <message>
        <source>The label column "%1" holds %2 (first on line %3), but the service learns two values only: %4 and %5 (values are case-sensitive: %2 is not %6).</source>
        <translation>The label column "%1" holds %2 (first on line %3), but the service learns two values only: %4 and %5 (values are case-sensitive: %2 is not %6).</translation>
    </message>
    <message>
        <source>The label column "%1" holds only %2, but the service learns two values, %3 and %4: the training data needs rows of both.</source>
        <translation>The label column "%1" holds only %2, but the service learns two values, %3 and %4: the training data needs rows of both.</translation>
    </message>
    <message>
        <source>The label column "%1" holds only %2, but a two-class service learns two values: the training data needs rows of both.</source>
        <translation>The label column "%1" holds only %2, but a two-class service learns two values: the training data needs rows of both.</translation>
    </message>
    <message>
        <source>%1 from line %2</source>
        <translation>%1 from line %2</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>more than %1</translation>
    </message>
    <message>
        <source>The label column "%1" holds %2 values (%3), but a two-class service learns exactly two.</source>
        <translation>The label column "%1" holds %2 values (%3), but a two-class service learns exactly two.</translation>
    </message>
</context>
<context>
    <name>ListParsing</name>
    <message>
        <source>the list of %1 was cut off (incomplete XML)</source>
        <translation>the list of %1 was cut off (incomplete XML)</translation>
    </message>
    <message>
        <source>the list of %1 is not valid XML (%2 at line %3)</source>
        <translation>the list of %1 is not valid XML (%2 at line %3)</translation>
    </message>
    <message>
        <source>the list of %1 is not the expected XML document</source>
        <translation>the list of %1 is not the expected XML document</translation>
    </message>
    <message>
        <source>containers</source>
        <translation>containers</translation>
    </message>
    <message>
        <source>blobs</source>
        <translation>blobs</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>blocks</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>%1 must be a full address starting with https:// (or http:// for a local service), e.g. https://example.net/path.</source>
        <translation>%1 must be a full address starting with https:// (or http:// for a local service), e.g. https://example.net/path.</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password.</source>
        <translation>%1 must not contain a user name or password.</translation>
    </message>
    <message>
        <source>%1 looks like it contains a secret (such as sig=, key= or a token) in its query. Give the address without it and store the secret as a secret of the profile (e.g. sas), which goes to the keychain.</source>
        <translation>%1 looks like it contains a secret (such as sig=, key= or a token) in its query. Give the address without it and store the secret as a secret of the profile (e.g. sas), which goes to the keychain.</translation>
    </message>
    <message>
        <source>%1 must be 3 to 24 lowercase letters and digits.</source>
        <translation>%1 must be 3 to 24 lowercase letters and digits.</translation>
    </message>
    <message>
        <source>%1 must be a domain such as core.windows.net (without https://).</source>
        <translation>%1 must be a domain such as core.windows.net (without https://).</translation>
    </message>
    <message>
        <source>%1 must be 3 to 63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit.</source>
        <translation>%1 must be 3 to 63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit.</translation>
    </message>
    <message>
        <source>%1 must not contain / \ ? # % or control characters.</source>
        <translation>%1 must not contain / \ ? # % or control characters.</translation>
    </message>
    <message>
        <source>%1 must be a tenant id (a GUID) or a domain such as contoso.onmicrosoft.com.</source>
        <translation>%1 must be a tenant id (a GUID) or a domain such as contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>%1 must be an id such as a GUID (letters, digits, '.', '_' and '-').</source>
        <translation>%1 must be an id such as a GUID (letters, digits, '.', '_' and '-').</translation>
    </message>
    <message>
        <source>%1 must be 1 to 90 letters, digits, '-', '_', '.', '(' or ')', not ending with '.'.</source>
        <translation>%1 must be 1 to 90 letters, digits, '-', '_', '.', '(' or ')', not ending with '.'.</translation>
    </message>
    <message>
        <source>'%1' is a secret: it is kept in the keychain, never in the profile's settings. Store it as a secret of the profile instead.</source>
        <translation>'%1' is a secret: it is kept in the keychain, never in the profile's settings. Store it as a secret of the profile instead.</translation>
    </message>
    <message>
        <source>Unknown profile setting '%1'. Known settings: %2.</source>
        <translation>Unknown profile setting '%1'. Known settings: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 must be the full path of a file, e.g. /home/me/ca.pem.</source>
        <translation>%1 must be the full path of a file, e.g. /home/me/ca.pem.</translation>
    </message>
    <message>
        <source>%1 must be classic (Azure Machine Learning Studio, classic) or azureml (Azure Machine Learning).</source>
        <translation>%1 must be classic (Azure Machine Learning Studio, classic) or azureml (Azure Machine Learning).</translation>
    </message>
    <message>
        <source>%1 must be 3 to 33 letters, digits, '-' and '_', starting with a letter or digit.</source>
        <translation>%1 must be 3 to 33 letters, digits, '-' and '_', starting with a letter or digit.</translation>
    </message>
    <message>
        <source>%1 must be 3 to 32 letters, digits and single '-', starting with a letter.</source>
        <translation>%1 must be 3 to 32 letters, digits and single '-', starting with a letter.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>A profile needs a name.</translation>
    </message>
    <message>
        <source>A profile name can have at most %1 characters.</source>
        <translation>A profile name can have at most %1 characters.</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with a space.</source>
        <translation>A profile name cannot start or end with a space.</translation>
    </message>
    <message>
        <source>A profile name cannot contain '/', '\' or control characters.</source>
        <translation>A profile name cannot contain '/', '\' or control characters.</translation>
    </message>
    <message>
        <source>The built-in profile cannot be renamed.</source>
        <translation>The built-in profile cannot be renamed.</translation>
    </message>
    <message>
        <source>A profile named '%1' already exists.</source>
        <translation>A profile named '%1' already exists.</translation>
    </message>
    <message>
        <source>Saving profile '%1'</source>
        <translation>Saving profile '%1'</translation>
    </message>
    <message>
        <source>The '%1' profile is built in and cannot be deleted.</source>
        <translation>The '%1' profile is built in and cannot be deleted.</translation>
    </message>
    <message>
        <source>There is no profile named '%1'.</source>
        <translation>There is no profile named '%1'.</translation>
    </message>
    <message>
        <source>The '%1' profile is built in and cannot be renamed.</source>
        <translation>The '%1' profile is built in and cannot be renamed.</translation>
    </message>
    <message>
        <source>The profiles could not be saved: %1 cannot be written.</source>
        <translation>The profiles could not be saved: %1 cannot be written.</translation>
    </message>
    <message>
        <source>The profiles could not be saved: %1 is not a valid settings file.</source>
        <translation>The profiles could not be saved: %1 is not a valid settings file.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Retraining decision report</source>
        <translation>Retraining decision report</translation>
    </message>
    <message>
        <source>Generated %1 (UTC).</source>
        <translation>Generated %1 (UTC).</translation>
    </message>
    <message>
        <source>Profile and service</source>
        <translation>Profile and service</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Predictive service</source>
        <translation>Predictive service</translation>
    </message>
    <message>
        <source>Training service</source>
        <translation>Training service</translation>
    </message>
    <message>
        <source>Retraining job</source>
        <translation>Retraining job</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Input file</source>
        <translation>Input file</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>Input %1</translation>
    </message>
    <message>
        <source>Output %1</source>
        <translation>Output %1</translation>
    </message>
    <message>
        <source>Parameter %1</source>
        <translation>Parameter %1</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metrics</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>New model</source>
        <translation>New model</translation>
    </message>
    <message>
        <source>Current model</source>
        <translation>Current model</translation>
    </message>
    <message>
        <source>Delta</source>
        <translation>Delta</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>passed: %1</source>
        <translation>passed: %1</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FAILED: %1</translation>
    </message>
    <message>
        <source>No evaluation was recorded for this job.</source>
        <translation>No evaluation was recorded for this job.</translation>
    </message>
    <message>
        <source>Gate verdict</source>
        <translation>Gate verdict</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>PASSED</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>No gate verdict (the job was not evaluated).</source>
        <translation>No gate verdict (the job was not evaluated).</translation>
    </message>
    <message>
        <source>Service update</source>
        <translation>Service update</translation>
    </message>
    <message>
        <source>Where the service is</source>
        <translation>Where the service is</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Previous model</source>
        <translation>Previous model</translation>
    </message>
    <message>
        <source>Read back</source>
        <translation>Read back</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Smoke test</source>
        <translation>Smoke test</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Definition diff</source>
        <translation>Definition diff</translation>
    </message>
    <message>
        <source>The service was not updated.</source>
        <translation>The service was not updated.</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>Backup of the definition before the change:</source>
        <translation>Backup of the definition before the change:</translation>
    </message>
    <message>
        <source>No backup: nothing to roll back.</source>
        <translation>No backup: nothing to roll back.</translation>
    </message>
    <message>
        <source>The report %1 must end with .html or .pdf.</source>
        <translation>The report %1 must end with .html or .pdf.</translation>
    </message>
    <message>
        <source>The report %1 cannot be written: %2</source>
        <translation>The report %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>ROC curve</source>
        <translation>ROC curve</translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation>False positive rate</translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation>True positive rate</translation>
    </message>
    <message>
        <source>Predicted vs actual</source>
        <translation>Predicted vs actual</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Predicted</translation>
    </message>
    <message>
        <source>This update was rolled back on %1 (UTC): the service no longer uses the new model.</source>
        <translation>This update was rolled back on %1 (UTC): the service no longer uses the new model.</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Rolled back</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Model put back</source>
        <translation>Model put back</translation>
    </message>
    <message>
        <source>From backup</source>
        <translation>From backup</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Roll-out (Azure Machine Learning)</source>
        <translation>Roll-out (Azure Machine Learning)</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Where the endpoint is</source>
        <translation>Where the endpoint is</translation>
    </message>
    <message>
        <source>Previous deployment</source>
        <translation>Previous deployment</translation>
    </message>
    <message>
        <source>New deployment</source>
        <translation>New deployment</translation>
    </message>
    <message>
        <source>Traffic read back</source>
        <translation>Traffic read back</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Deployments</translation>
    </message>
    <message>
        <source>Smoke test at 0 %</source>
        <translation>Smoke test at 0 %</translation>
    </message>
    <message>
        <source>Traffic stages</source>
        <translation>Traffic stages</translation>
    </message>
    <message>
        <source>%1 % (%2)</source>
        <translation>%1 % (%2)</translation>
    </message>
    <message>
        <source>read back: %1</source>
        <translation>read back: %1</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>The traffic before the roll-out: %1 (deployment %2 kept until it is retired).</source>
        <translation>The traffic before the roll-out: %1 (deployment %2 kept until it is retired).</translation>
    </message>
</context>
<context>
    <name>RolloutPage</name>
    <message>
        <source>Roll out although the &amp;gate failed</source>
        <translation>Roll out although the &amp;gate failed</translation>
    </message>
    <message>
        <source>Roll out although the gate failed</source>
        <translation>Roll out although the gate failed</translation>
    </message>
    <message>
        <source>Roll the model out even though its evaluation did not pass the promotion gate</source>
        <translation>Roll the model out even though its evaluation did not pass the promotion gate</translation>
    </message>
    <message>
        <source>Deployments of the endpoint</source>
        <translation>Deployments of the endpoint</translation>
    </message>
    <message>
        <source>The endpoint's deployments: name, model and version, state, instance type and count, share of the traffic</source>
        <translation>The endpoint's deployments: name, model and version, state, instance type and count, share of the traffic</translation>
    </message>
    <message>
        <source>Re&amp;load deployments</source>
        <translation>Re&amp;load deployments</translation>
    </message>
    <message>
        <source>Reload deployments</source>
        <translation>Reload deployments</translation>
    </message>
    <message>
        <source>Read the endpoint, its deployments and its traffic again</source>
        <translation>Read the endpoint, its deployments and its traffic again</translation>
    </message>
    <message>
        <source>Planned roll-out</source>
        <translation>Planned roll-out</translation>
    </message>
    <message>
        <source>&amp;Stages (percent of the traffic on the new deployment):</source>
        <translation>&amp;Stages (percent of the traffic on the new deployment):</translation>
    </message>
    <message>
        <source>10, 100</source>
        <translation>10, 100</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Percent of the traffic on the new deployment at each stage, e.g. 10, 100 (increasing, the last 100)</source>
        <translation>Percent of the traffic on the new deployment at each stage, e.g. 10, 100 (increasing, the last 100)</translation>
    </message>
    <message>
        <source>Run all stages &amp;without asking</source>
        <translation>Run all stages &amp;without asking</translation>
    </message>
    <message>
        <source>Run all stages without asking</source>
        <translation>Run all stages without asking</translation>
    </message>
    <message>
        <source>Move the traffic through every stage in sequence instead of asking before each one</source>
        <translation>Move the traffic through every stage in sequence instead of asking before each one</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Deploy</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Deploy</translation>
    </message>
    <message>
        <source>Back up the endpoint, register the model, create the new deployment at 0 % and smoke-test it</source>
        <translation>Back up the endpoint, register the model, create the new deployment at 0 % and smoke-test it</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Contin&amp;ue</source>
        <translation>Contin&amp;ue</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Move the traffic as asked above</source>
        <translation>Move the traffic as asked above</translation>
    </message>
    <message>
        <source>S&amp;top here</source>
        <translation>S&amp;top here</translation>
    </message>
    <message>
        <source>Stop here</source>
        <translation>Stop here</translation>
    </message>
    <message>
        <source>Leave the traffic where it is now</source>
        <translation>Leave the traffic where it is now</translation>
    </message>
    <message>
        <source>Progress of the roll-out</source>
        <translation>Progress of the roll-out</translation>
    </message>
    <message>
        <source>The steps of the roll-out as they happen, with the traffic read back after each stage</source>
        <translation>The steps of the roll-out as they happen, with the traffic read back after each stage</translation>
    </message>
    <message>
        <source>Smoke test</source>
        <translation>Smoke test</translation>
    </message>
    <message>
        <source>The predictions of the current and the new deployment on the sample rows, side by side</source>
        <translation>The predictions of the current and the new deployment on the sample rows, side by side</translation>
    </message>
    <message>
        <source>After the roll-out</source>
        <translation>After the roll-out</translation>
    </message>
    <message>
        <source>Rollback ta&amp;rget:</source>
        <translation>Rollback ta&amp;rget:</translation>
    </message>
    <message>
        <source>Rollback target</source>
        <translation>Rollback target</translation>
    </message>
    <message>
        <source>The traffic to put back: the last roll-out's, or that of a backup of the endpoint</source>
        <translation>The traffic to put back: the last roll-out's, or that of a backup of the endpoint</translation>
    </message>
    <message>
        <source>R&amp;oll back</source>
        <translation>R&amp;oll back</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Roll back</translation>
    </message>
    <message>
        <source>Put the traffic back on the previous deployment</source>
        <translation>Put the traffic back on the previous deployment</translation>
    </message>
    <message>
        <source>R&amp;etire old deployment</source>
        <translation>R&amp;etire old deployment</translation>
    </message>
    <message>
        <source>Retire old deployment</source>
        <translation>Retire old deployment</translation>
    </message>
    <message>
        <source>Delete the old deployment once the new one has all the traffic</source>
        <translation>Delete the old deployment once the new one has all the traffic</translation>
    </message>
    <message>
        <source>Show co&amp;mmands</source>
        <translation>Show co&amp;mmands</translation>
    </message>
    <message>
        <source>Show commands</source>
        <translation>Show commands</translation>
    </message>
    <message>
        <source>Show the az ml and curl commands that do the same</source>
        <translation>Show the az ml and curl commands that do the same</translation>
    </message>
    <message>
        <source>Save re&amp;port…</source>
        <translation>Save re&amp;port…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Save the decision report with the roll-out as PDF or HTML</source>
        <translation>Save the decision report with the roll-out as PDF or HTML</translation>
    </message>
    <message>
        <source>Equivalent commands</source>
        <translation>Equivalent commands</translation>
    </message>
    <message>
        <source>The az ml and curl commands of the roll-out; no secret appears in them</source>
        <translation>The az ml and curl commands of the roll-out; no secret appears in them</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Hide the secret (Ctrl+Shift+H)</source>
        <translation>Hide the secret (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Show the secret (Ctrl+Shift+H)</source>
        <translation>Show the secret (Ctrl+Shift+H)</translation>
    </message>
</context>
<context>
    <name>ServicePairDialog</name>
    <message>
        <source>Create a service pair</source>
        <translation>Create a service pair</translation>
    </message>
    <message>
        <source>Creates a retraining web service and a predictive web service for your CSV in mlstudio-local, from a template, and trains the first model. Their endpoints and keys go into the profile; save it to keep them.</source>
        <translation>Creates a retraining web service and a predictive web service for your CSV in mlstudio-local, from a template, and trains the first model. Their endpoints and keys go into the profile; save it to keep them.</translation>
    </message>
    <message>
        <source>Training &amp;CSV:</source>
        <translation>Training &amp;CSV:</translation>
    </message>
    <message>
        <source>Training CSV file</source>
        <translation>Training CSV file</translation>
    </message>
    <message>
        <source>Choose the CSV the services are made for</source>
        <translation>Choose the CSV the services are made for</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the training CSV</source>
        <translation>Choose the training CSV</translation>
    </message>
    <message>
        <source>&amp;Label column:</source>
        <translation>&amp;Label column:</translation>
    </message>
    <message>
        <source>Label column</source>
        <translation>Label column</translation>
    </message>
    <message>
        <source>The column the model learns to predict, from the CSV's header</source>
        <translation>The column the model learns to predict, from the CSV's header</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Service pair name</source>
        <translation>Service pair name</translation>
    </message>
    <message>
        <source>The services are called NAME-retraining and NAME-predictive</source>
        <translation>The services are called NAME-retraining and NAME-predictive</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client &amp;secret:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <source>The client secret of the profile's application, to sign in to Azure</source>
        <translation>The client secret of the profile's application, to sign in to Azure</translation>
    </message>
    <message>
        <source>Service pair message</source>
        <translation>Service pair message</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>&amp;Create services</source>
        <translation>&amp;Create services</translation>
    </message>
    <message>
        <source>Create services</source>
        <translation>Create services</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Closes the dialog; a creation in progress stops being followed</source>
        <translation>Closes the dialog; a creation in progress stops being followed</translation>
    </message>
</context>
<context>
    <name>ServiceSwagger</name>
    <message>
        <source>The service description is not JSON: %1</source>
        <translation>The service description is not JSON: %1</translation>
    </message>
    <message>
        <source>The example rows of %1 are not objects.</source>
        <translation>The example rows of %1 are not objects.</translation>
    </message>
    <message>
        <source>An example row of %1 has %2 cells for %3 columns.</source>
        <translation>An example row of %1 has %2 cells for %3 columns.</translation>
    </message>
    <message>
        <source>The service description has no example rows for %1.</source>
        <translation>The service description has no example rows for %1.</translation>
    </message>
    <message>
        <source>The service description (swagger.json) is not valid JSON: %1 at offset %2.</source>
        <translation>The service description (swagger.json) is not valid JSON: %1 at offset %2.</translation>
    </message>
    <message>
        <source>The service description (swagger.json) is not a JSON object.</source>
        <translation>The service description (swagger.json) is not a JSON object.</translation>
    </message>
    <message>
        <source>The service description (swagger.json) has no "definitions": it is not the swagger document of an Azure ML web service.</source>
        <translation>The service description (swagger.json) has no "definitions": it is not the swagger document of an Azure ML web service.</translation>
    </message>
    <message>
        <source>The service description (swagger.json) declares neither a batch nor a request-response execution: it is not the swagger document of an Azure ML web service.</source>
        <translation>The service description (swagger.json) declares neither a batch nor a request-response execution: it is not the swagger document of an Azure ML web service.</translation>
    </message>
</context>
<context>
    <name>StorageAccount</name>
    <message>
        <source>The connection string is empty. Paste it from the storage account's Access keys page.</source>
        <translation>The connection string is empty. Paste it from the storage account's Access keys page.</translation>
    </message>
    <message>
        <source>Part %1 of the connection string is not of the form Name=Value.</source>
        <translation>Part %1 of the connection string is not of the form Name=Value.</translation>
    </message>
    <message>
        <source>The connection string has an unknown setting '%1'. Check its spelling.</source>
        <translation>The connection string has an unknown setting '%1'. Check its spelling.</translation>
    </message>
    <message>
        <source>Part %1 of the connection string is not a known Name=Value setting.</source>
        <translation>Part %1 of the connection string is not a known Name=Value setting.</translation>
    </message>
    <message>
        <source>The connection string sets %1 more than once.</source>
        <translation>The connection string sets %1 more than once.</translation>
    </message>
    <message>
        <source>UseDevelopmentStorage can only be set to true.</source>
        <translation>UseDevelopmentStorage can only be set to true.</translation>
    </message>
    <message>
        <source>UseDevelopmentStorage=true cannot be combined with other settings than DevelopmentStorageProxyUri.</source>
        <translation>UseDevelopmentStorage=true cannot be combined with other settings than DevelopmentStorageProxyUri.</translation>
    </message>
    <message>
        <source>DevelopmentStorageProxyUri is not a valid http or https URL.</source>
        <translation>DevelopmentStorageProxyUri is not a valid http or https URL.</translation>
    </message>
    <message>
        <source>AccountName '%1' is not valid: use 3 to 24 lowercase letters and digits.</source>
        <translation>AccountName '%1' is not valid: use 3 to 24 lowercase letters and digits.</translation>
    </message>
    <message>
        <source>AccountKey is not valid base64. Copy the whole key (it usually ends with '==') from the storage account's Access keys page.</source>
        <translation>AccountKey is not valid base64. Copy the whole key (it usually ends with '==') from the storage account's Access keys page.</translation>
    </message>
    <message>
        <source>SharedAccessSignature has no signature (sig=...). Paste the whole SAS token.</source>
        <translation>SharedAccessSignature has no signature (sig=...). Paste the whole SAS token.</translation>
    </message>
    <message>
        <source>The connection string has no AccountKey and no SharedAccessSignature, so requests cannot be authorized.</source>
        <translation>The connection string has no AccountKey and no SharedAccessSignature, so requests cannot be authorized.</translation>
    </message>
    <message>
        <source>DefaultEndpointsProtocol must be http or https, not '%1'.</source>
        <translation>DefaultEndpointsProtocol must be http or https, not '%1'.</translation>
    </message>
    <message>
        <source>BlobEndpoint is not a valid http or https URL without a query, such as https://myaccount.blob.core.windows.net.</source>
        <translation>BlobEndpoint is not a valid http or https URL without a query, such as https://myaccount.blob.core.windows.net.</translation>
    </message>
    <message>
        <source>The connection string has no AccountName (and no BlobEndpoint).</source>
        <translation>The connection string has no AccountName (and no BlobEndpoint).</translation>
    </message>
    <message>
        <source>EndpointSuffix '%1' does not make a valid endpoint.</source>
        <translation>EndpointSuffix '%1' does not make a valid endpoint.</translation>
    </message>
    <message>
        <source>The connection string has no AccountName, which Shared Key signing needs.</source>
        <translation>The connection string has no AccountName, which Shared Key signing needs.</translation>
    </message>
    <message>
        <source>The blob endpoint is not an http or https URL.</source>
        <translation>The blob endpoint is not an http or https URL.</translation>
    </message>
    <message>
        <source>the account key</source>
        <translation>the account key</translation>
    </message>
    <message>
        <source>the SAS token</source>
        <translation>the SAS token</translation>
    </message>
    <message>
        <source>Refused: %1 would be sent over plain HTTP to %2, where anyone on the network could read it. Use https (DefaultEndpointsProtocol=https or an https BlobEndpoint).</source>
        <translation>Refused: %1 would be sent over plain HTTP to %2, where anyone on the network could read it. Use https (DefaultEndpointsProtocol=https or an https BlobEndpoint).</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <source>Storage account</source>
        <translation>Storage account</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpoint:</translation>
    </message>
    <message>
        <source>Blob endpoint</source>
        <translation>Blob endpoint</translation>
    </message>
    <message>
        <source>Connection message</source>
        <translation>Connection message</translation>
    </message>
    <message>
        <source>&amp;Containers:</source>
        <translation>&amp;Containers:</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Shown while the page talks to the storage account</source>
        <translation>Shown while the page talks to the storage account</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Refresh the container list</source>
        <translation>Refresh the container list</translation>
    </message>
    <message>
        <source>List the containers of the storage account again</source>
        <translation>List the containers of the storage account again</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
    <message>
        <source>The containers of the storage account; select the one to use</source>
        <translation>The containers of the storage account; select the one to use</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Last modified</translation>
    </message>
    <message>
        <source>Ne&amp;w container:</source>
        <translation>Ne&amp;w container:</translation>
    </message>
    <message>
        <source>New container name</source>
        <translation>New container name</translation>
    </message>
    <message>
        <source>Name of a container to create: 3 to 63 lowercase letters, digits and hyphens</source>
        <translation>Name of a container to create: 3 to 63 lowercase letters, digits and hyphens</translation>
    </message>
    <message>
        <source>e.g. retraining-data</source>
        <translation>e.g. retraining-data</translation>
    </message>
    <message>
        <source>Cr&amp;eate</source>
        <translation>Cr&amp;eate</translation>
    </message>
    <message>
        <source>Create the container</source>
        <translation>Create the container</translation>
    </message>
    <message>
        <source>Create a container with this name in the storage account</source>
        <translation>Create a container with this name in the storage account</translation>
    </message>
    <message>
        <source>Create container message</source>
        <translation>Create container message</translation>
    </message>
    <message>
        <source>Selected container</source>
        <translation>Selected container</translation>
    </message>
</context>
<context>
    <name>SubmitPage</name>
    <message>
        <source>Training data</source>
        <translation>Training data</translation>
    </message>
    <message>
        <source>CSV fi&amp;le:</source>
        <translation>CSV fi&amp;le:</translation>
    </message>
    <message>
        <source>Training data file</source>
        <translation>Training data file</translation>
    </message>
    <message>
        <source>Choose a CSV file or drop one here</source>
        <translation>Choose a CSV file or drop one here</translation>
    </message>
    <message>
        <source>Choose the training data file</source>
        <translation>Choose the training data file</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Data check result</source>
        <translation>Data check result</translation>
    </message>
    <message>
        <source>Problems found in the data</source>
        <translation>Problems found in the data</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Global parameters</source>
        <translation>Global parameters</translation>
    </message>
    <message>
        <source>Global parameters of the retraining service</source>
        <translation>Global parameters of the retraining service</translation>
    </message>
    <message>
        <source>Each row is a parameter with its value, which starts at the service's default and can be edited.</source>
        <translation>Each row is a parameter with its value, which starts at the service's default and can be edited.</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Give the job the account key instead of short-lived access signatures</source>
        <translation>Give the job the account key instead of short-lived access signatures</translation>
    </message>
    <message>
        <source>Give the job the storage account &amp;key (connection string) instead of short-lived, least-privilege SAS</source>
        <translation>Give the job the storage account &amp;key (connection string) instead of short-lived, least-privilege SAS</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Upload the data and submit the retraining job</source>
        <translation>Upload the data and submit the retraining job</translation>
    </message>
    <message>
        <source>&amp;Upload and submit</source>
        <translation>&amp;Upload and submit</translation>
    </message>
    <message>
        <source>Cancel the upload or the job</source>
        <translation>Cancel the upload or the job</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>C&amp;ancel</translation>
    </message>
    <message>
        <source>Elapsed time of the job</source>
        <translation>Elapsed time of the job</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Upload progress</translation>
    </message>
    <message>
        <source>Upload speed and time left</source>
        <translation>Upload speed and time left</translation>
    </message>
    <message>
        <source>Job timeline</source>
        <translation>Job timeline</translation>
    </message>
    <message>
        <source>Each line is a step of the job with the time it happened.</source>
        <translation>Each line is a step of the job with the time it happened.</translation>
    </message>
    <message>
        <source>Open a file dialog to choose the CSV file to train on</source>
        <translation>Open a file dialog to choose the CSV file to train on</translation>
    </message>
    <message>
        <source>Each problem found in the data, with its line and column; empty when the file is ready</source>
        <translation>Each problem found in the data, with its line and column; empty when the file is ready</translation>
    </message>
    <message>
        <source>Off by default: the job gets short-lived access signatures limited to its own files</source>
        <translation>Off by default: the job gets short-lived access signatures limited to its own files</translation>
    </message>
    <message>
        <source>Upload the checked file and start the retraining job, then follow it</source>
        <translation>Upload the checked file and start the retraining job, then follow it</translation>
    </message>
    <message>
        <source>Stop the upload, or ask the service to cancel the running job</source>
        <translation>Stop the upload, or ask the service to cancel the running job</translation>
    </message>
</context>
<context>
    <name>UpdatePage</name>
    <message>
        <source>Sign in to Azure</source>
        <translation>Sign in to Azure</translation>
    </message>
    <message>
        <source>Sign in &amp;with:</source>
        <translation>Sign in &amp;with:</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Sign-in method</translation>
    </message>
    <message>
        <source>Client secret (service principal)</source>
        <translation>Client secret (service principal)</translation>
    </message>
    <message>
        <source>Device code (your account, in a browser)</source>
        <translation>Device code (your account, in a browser)</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client &amp;secret:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <source>From the keychain, or type it here</source>
        <translation>From the keychain, or type it here</translation>
    </message>
    <message>
        <source>Stay signed in on this computer (keeps a refresh token in the keychain)</source>
        <translation>Stay signed in on this computer (keeps a refresh token in the keychain)</translation>
    </message>
    <message>
        <source>Stay signed in on this computer</source>
        <translation>Stay signed in on this computer</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Sign &amp;in</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Cancel sign-in</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>Device code</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Sign-in status</translation>
    </message>
    <message>
        <source>Predictive web service</source>
        <translation>Predictive web service</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice:</translation>
    </message>
    <message>
        <source>&amp;Refresh list</source>
        <translation>&amp;Refresh list</translation>
    </message>
    <message>
        <source>Refresh the list of web services</source>
        <translation>Refresh the list of web services</translation>
    </message>
    <message>
        <source>Web service list status</source>
        <translation>Web service list status</translation>
    </message>
    <message>
        <source>New trained model</source>
        <translation>New trained model</translation>
    </message>
    <message>
        <source>Gate verdict of the evaluation</source>
        <translation>Gate verdict of the evaluation</translation>
    </message>
    <message>
        <source>Update check</source>
        <translation>Update check</translation>
    </message>
    <message>
        <source>Change to the definition:</source>
        <translation>Change to the definition:</translation>
    </message>
    <message>
        <source>Change to the definition</source>
        <translation>Change to the definition</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>I have checked the change above</source>
        <translation>I have checked the change above</translation>
    </message>
    <message>
        <source>Confirm the change</source>
        <translation>Confirm the change</translation>
    </message>
    <message>
        <source>Update even though the model did not pass the promotion gate</source>
        <translation>Update even though the model did not pass the promotion gate</translation>
    </message>
    <message>
        <source>Override the failed promotion gate</source>
        <translation>Override the failed promotion gate</translation>
    </message>
    <message>
        <source>Update service</source>
        <translation>Update service</translation>
    </message>
    <message>
        <source>Update the web service</source>
        <translation>Update the web service</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop following the update</source>
        <translation>Stop following the update</translation>
    </message>
    <message>
        <source>Progress of the update</source>
        <translation>Progress of the update</translation>
    </message>
    <message>
        <source>Result of the update</source>
        <translation>Result of the update</translation>
    </message>
    <message>
        <source>Smoke test result</source>
        <translation>Smoke test result</translation>
    </message>
    <message>
        <source>Rollback and history</source>
        <translation>Rollback and history</translation>
    </message>
    <message>
        <source>Bac&amp;kup:</source>
        <translation>Bac&amp;kup:</translation>
    </message>
    <message>
        <source>Backup to roll back to</source>
        <translation>Backup to roll back to</translation>
    </message>
    <message>
        <source>R&amp;oll back to this backup</source>
        <translation>R&amp;oll back to this backup</translation>
    </message>
    <message>
        <source>Roll back to the chosen backup</source>
        <translation>Roll back to the chosen backup</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Show &amp;commands</source>
        <translation>Show &amp;commands</translation>
    </message>
    <message>
        <source>Show the equivalent commands</source>
        <translation>Show the equivalent commands</translation>
    </message>
    <message>
        <source>Save re&amp;port…</source>
        <translation>Save re&amp;port…</translation>
    </message>
    <message>
        <source>Save a decision report</source>
        <translation>Save a decision report</translation>
    </message>
    <message>
        <source>Commands and report status</source>
        <translation>Commands and report status</translation>
    </message>
    <message>
        <source>Equivalent commands</source>
        <translation>Equivalent commands</translation>
    </message>
    <message>
        <source>curl</source>
        <translation>curl</translation>
    </message>
    <message>
        <source>Commands as curl</source>
        <translation>Commands as curl</translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <source>Commands as PowerShell</source>
        <translation>Commands as PowerShell</translation>
    </message>
    <message>
        <source>Import a definition file</source>
        <translation>Import a definition file</translation>
    </message>
    <message>
        <source>Replace the service's definition with an Export-AzMlWebService file, after a backup</source>
        <translation>Replace the service's definition with an Export-AzMlWebService file, after a backup</translation>
    </message>
    <message>
        <source>Sign in with a service principal's client secret, or with your own account through a device code shown here</source>
        <translation>Sign in with a service principal's client secret, or with your own account through a device code shown here</translation>
    </message>
    <message>
        <source>Keep a refresh token in the system keychain so that the next start signs in by itself</source>
        <translation>Keep a refresh token in the system keychain so that the next start signs in by itself</translation>
    </message>
    <message>
        <source>Sign in to Azure Resource Manager with the chosen method</source>
        <translation>Sign in to Azure Resource Manager with the chosen method</translation>
    </message>
    <message>
        <source>Stop waiting for the sign-in</source>
        <translation>Stop waiting for the sign-in</translation>
    </message>
    <message>
        <source>The predictive web services of the subscription and resource group; the one to point at the new model</source>
        <translation>The predictive web services of the subscription and resource group; the one to point at the new model</translation>
    </message>
    <message>
        <source>List the web services again</source>
        <translation>List the web services again</translation>
    </message>
    <message>
        <source>The change to the web service definition, line by line</source>
        <translation>The change to the web service definition, line by line</translation>
    </message>
    <message>
        <source>Confirm the change shown above before it is made</source>
        <translation>Confirm the change shown above before it is made</translation>
    </message>
    <message>
        <source>Update although the new model failed the promotion gate</source>
        <translation>Update although the new model failed the promotion gate</translation>
    </message>
    <message>
        <source>Back up the definition, point the service at the new model, read it back and test it</source>
        <translation>Back up the definition, point the service at the new model, read it back and test it</translation>
    </message>
    <message>
        <source>Stop following the update; the service may still change</source>
        <translation>Stop following the update; the service may still change</translation>
    </message>
    <message>
        <source>Each step of the update or rollback with the time it happened</source>
        <translation>Each step of the update or rollback with the time it happened</translation>
    </message>
    <message>
        <source>The saved definitions of this service, one per update or rollback</source>
        <translation>The saved definitions of this service, one per update or rollback</translation>
    </message>
    <message>
        <source>Point the service back at the model of the chosen backup, through the same checks</source>
        <translation>Point the service back at the model of the chosen backup, through the same checks</translation>
    </message>
    <message>
        <source>Import &amp;definition…</source>
        <translation>Import &amp;definition…</translation>
    </message>
    <message>
        <source>The jobs, evaluations, updates and rollbacks of this service</source>
        <translation>The jobs, evaluations, updates and rollbacks of this service</translation>
    </message>
    <message>
        <source>Show the same steps as REST calls and as PowerShell cmdlets</source>
        <translation>Show the same steps as REST calls and as PowerShell cmdlets</translation>
    </message>
    <message>
        <source>Save the decision report as HTML or PDF</source>
        <translation>Save the decision report as HTML or PDF</translation>
    </message>
    <message>
        <source>The equivalent commands as curl and as PowerShell</source>
        <translation>The equivalent commands as curl and as PowerShell</translation>
    </message>
    <message>
        <source>The equivalent REST calls as curl commands, secrets left out</source>
        <translation>The equivalent REST calls as curl commands, secrets left out</translation>
    </message>
    <message>
        <source>The equivalent PowerShell cmdlets, with -ServiceUpdates</source>
        <translation>The equivalent PowerShell cmdlets, with -ServiceUpdates</translation>
    </message>
</context>
<context>
    <name>WorkspaceTarget</name>
    <message>
        <source>The profile names no Azure Machine Learning workspace (set workspace).</source>
        <translation>The profile names no Azure Machine Learning workspace (set workspace).</translation>
    </message>
    <message>
        <source>The workspace name '%1' is not valid.</source>
        <translation>The workspace name '%1' is not valid.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Interrupted. Run the same command again to resume the upload where it stopped.</source>
        <translation>Interrupted. Run the same command again to resume the upload where it stopped.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrupted.</translation>
    </message>
    <message>
        <source>ML Retrain Wizard</source>
        <translation>ML Retrain Wizard</translation>
    </message>
    <message>
        <source>Retrain and redeploy an Azure Machine Learning Studio (classic) model.</source>
        <translation>Retrain and redeploy an Azure Machine Learning Studio (classic) model.</translation>
    </message>
    <message>
        <source>Open on the connection profile &lt;name&gt;.</source>
        <translation>Open on the connection profile &lt;name&gt;.</translation>
    </message>
    <message>
        <source>Keep connection profiles in the INI file &lt;file&gt;.</source>
        <translation>Keep connection profiles in the INI file &lt;file&gt;.</translation>
    </message>
    <message>
        <source>Open on the step &lt;page&gt;: credentials, storage, submit, evaluate or update.</source>
        <translation>Open on the step &lt;page&gt;: credentials, storage, submit, evaluate or update.</translation>
    </message>
    <message>
        <source>Render each page (or only --page) to &lt;dir&gt;/&lt;page&gt;.png, then quit.</source>
        <translation>Render each page (or only --page) to &lt;dir&gt;/&lt;page&gt;.png, then quit.</translation>
    </message>
    <message>
        <source>no profile named “%1”</source>
        <translation>no profile named “%1”</translation>
    </message>
    <message>
        <source>unknown page “%1”</source>
        <translation>unknown page “%1”</translation>
    </message>
    <message>
        <source>unknown command</source>
        <translation>unknown command</translation>
    </message>
    <message>
        <source>--language must be system, en or fr</source>
        <translation>--language must be system, en or fr</translation>
    </message>
    <message>
        <source>Use the language &lt;lang&gt; for this run: system, en or fr.</source>
        <translation>Use the language &lt;lang&gt; for this run: system, en or fr.</translation>
    </message>
    <message>
        <source>Draw the wizard in the colour scheme &lt;scheme&gt;: system, light or dark.</source>
        <translation>Draw the wizard in the colour scheme &lt;scheme&gt;: system, light or dark.</translation>
    </message>
    <message>
        <source>Open with the retraining job &lt;id&gt; of the job journal.</source>
        <translation>Open with the retraining job &lt;id&gt; of the job journal.</translation>
    </message>
    <message>
        <source>--color-scheme must be system, light or dark</source>
        <translation>--color-scheme must be system, light or dark</translation>
    </message>
    <message>
        <source>no job “%1” in the job journal</source>
        <translation>no job “%1” in the job journal</translation>
    </message>
</context>
<context>
    <name>mlr::BlobDownloadJob</name>
    <message>
        <source>Downloading %1/%2 to '%3'</source>
        <translation>Downloading %1/%2 to '%3'</translation>
    </message>
    <message>
        <source>The blob name is empty.</source>
        <translation>The blob name is empty.</translation>
    </message>
    <message>
        <source>The file '%1' cannot be written: %2</source>
        <translation>The file '%1' cannot be written: %2</translation>
    </message>
    <message>
        <source>the blob's properties have no valid Content-Length</source>
        <translation>the blob's properties have no valid Content-Length</translation>
    </message>
    <message>
        <source>a part of the blob arrived with %1 bytes instead of %2</source>
        <translation>a part of the blob arrived with %1 bytes instead of %2</translation>
    </message>
    <message>
        <source>Writing '%1' failed: %2</source>
        <translation>Writing '%1' failed: %2</translation>
    </message>
    <message>
        <source>the downloaded data has MD5 '%1' but the blob's Content-MD5 is '%2'. The file was not saved.</source>
        <translation>the downloaded data has MD5 '%1' but the blob's Content-MD5 is '%2'. The file was not saved.</translation>
    </message>
    <message>
        <source>Saving '%1' failed: %2</source>
        <translation>Saving '%1' failed: %2</translation>
    </message>
</context>
<context>
    <name>mlr::BlobListJob</name>
    <message>
        <source>Listing blobs in container '%1'</source>
        <translation>Listing blobs in container '%1'</translation>
    </message>
</context>
<context>
    <name>mlr::BlobService</name>
    <message>
        <source>The container name is empty. Use 3 to 63 lowercase letters, digits and hyphens.</source>
        <translation>The container name is empty. Use 3 to 63 lowercase letters, digits and hyphens.</translation>
    </message>
    <message>
        <source>The container name '%1' is too short: use 3 to 63 characters.</source>
        <translation>The container name '%1' is too short: use 3 to 63 characters.</translation>
    </message>
    <message>
        <source>The container name is too long (%1 characters): use 3 to 63 characters.</source>
        <translation>The container name is too long (%1 characters): use 3 to 63 characters.</translation>
    </message>
    <message>
        <source>The container name '%1' has an uppercase letter: use lowercase letters only.</source>
        <translation>The container name '%1' has an uppercase letter: use lowercase letters only.</translation>
    </message>
    <message>
        <source>The container name '%1' has the character '%2': use only lowercase letters, digits and hyphens.</source>
        <translation>The container name '%1' has the character '%2': use only lowercase letters, digits and hyphens.</translation>
    </message>
    <message>
        <source>The container name '%1' must start with a letter or a digit, not a hyphen.</source>
        <translation>The container name '%1' must start with a letter or a digit, not a hyphen.</translation>
    </message>
    <message>
        <source>The container name '%1' must end with a letter or a digit, not a hyphen.</source>
        <translation>The container name '%1' must end with a letter or a digit, not a hyphen.</translation>
    </message>
    <message>
        <source>The container name '%1' has two hyphens in a row: use single hyphens.</source>
        <translation>The container name '%1' has two hyphens in a row: use single hyphens.</translation>
    </message>
</context>
<context>
    <name>mlr::BlobUploadJob</name>
    <message>
        <source>Uploading '%1' to %2/%3</source>
        <translation>Uploading '%1' to %2/%3</translation>
    </message>
    <message>
        <source>The blob name is empty.</source>
        <translation>The blob name is empty.</translation>
    </message>
    <message>
        <source>No file was chosen to upload.</source>
        <translation>No file was chosen to upload.</translation>
    </message>
    <message>
        <source>The file '%1' does not exist.</source>
        <translation>The file '%1' does not exist.</translation>
    </message>
    <message>
        <source>'%1' is a folder, not a file.</source>
        <translation>'%1' is a folder, not a file.</translation>
    </message>
    <message>
        <source>The file '%1' is too large for a block blob.</source>
        <translation>The file '%1' is too large for a block blob.</translation>
    </message>
    <message>
        <source>The file '%1' cannot be read: %2</source>
        <translation>The file '%1' cannot be read: %2</translation>
    </message>
    <message>
        <source>The file '%1' could not be read: %2</source>
        <translation>The file '%1' could not be read: %2</translation>
    </message>
    <message>
        <source>after the upload the blob has %1 bytes and MD5 '%2', but the file has %3 bytes and MD5 '%4'. Upload it again.</source>
        <translation>after the upload the blob has %1 bytes and MD5 '%2', but the file has %3 bytes and MD5 '%4'. Upload it again.</translation>
    </message>
</context>
<context>
    <name>mlr::BlockReader</name>
    <message>
        <source>the file became shorter while it was being uploaded</source>
        <translation>the file became shorter while it was being uploaded</translation>
    </message>
</context>
<context>
    <name>mlr::ContainerCreateJob</name>
    <message>
        <source>Creating container '%1'</source>
        <translation>Creating container '%1'</translation>
    </message>
</context>
<context>
    <name>mlr::ContainerListJob</name>
    <message>
        <source>Listing containers</source>
        <translation>Listing containers</translation>
    </message>
</context>
<context>
    <name>mlr::SecretBatchJob</name>
    <message>
        <source>the secret store was closed</source>
        <translation>the secret store was closed</translation>
    </message>
    <message>
        <source>A profile name is needed.</source>
        <translation>A profile name is needed.</translation>
    </message>
</context>
<context>
    <name>mlr::SecretJob</name>
    <message>
        <source>Reading the %1 of profile '%2'</source>
        <translation>Reading the %1 of profile '%2'</translation>
    </message>
    <message>
        <source>Saving the %1 of profile '%2'</source>
        <translation>Saving the %1 of profile '%2'</translation>
    </message>
    <message>
        <source>Deleting the %1 of profile '%2'</source>
        <translation>Deleting the %1 of profile '%2'</translation>
    </message>
    <message>
        <source>the secret store was closed</source>
        <translation>the secret store was closed</translation>
    </message>
    <message>
        <source>A profile name is needed.</source>
        <translation>A profile name is needed.</translation>
    </message>
    <message>
        <source>access was denied</source>
        <translation>access was denied</translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s)</source>
        <translation><numerusform>the keychain did not answer within %n second</numerusform><numerusform>the keychain did not answer within %n seconds</numerusform></translation>
    </message>
    <message>
        <source>; the value is kept for this session only</source>
        <translation>; the value is kept for this session only</translation>
    </message>
</context>
<context>
    <name>mlr::SecretKind</name>
    <message>
        <source>storage account key</source>
        <translation>storage account key</translation>
    </message>
    <message>
        <source>storage SAS token</source>
        <translation>storage SAS token</translation>
    </message>
    <message>
        <source>retraining service API key</source>
        <translation>retraining service API key</translation>
    </message>
    <message>
        <source>predictive service API key</source>
        <translation>predictive service API key</translation>
    </message>
    <message>
        <source>Azure client secret</source>
        <translation>Azure client secret</translation>
    </message>
    <message>
        <source>Azure sign-in (refresh token)</source>
        <translation>Azure sign-in (refresh token)</translation>
    </message>
</context>
<context>
    <name>mlr::SecretStore</name>
    <message>
        <source>The system keychain is not available (%1). Secrets are kept for this session only and will have to be entered again next time.</source>
        <translation>The system keychain is not available (%1). Secrets are kept for this session only and will have to be entered again next time.</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
    <message>
        <source>MLR_KEYCHAIN=session is set, so secrets are kept for this session only and never saved.</source>
        <translation>MLR_KEYCHAIN=session is set, so secrets are kept for this session only and never saved.</translation>
    </message>
</context>
<context>
    <name>mlr::StorageAccountResolver</name>
    <message>
        <source>Profile '%1' has no storage endpoint: set its storage account name (or blob endpoint).</source>
        <translation>Profile '%1' has no storage endpoint: set its storage account name (or blob endpoint).</translation>
    </message>
    <message>
        <source>Profile '%1' has no storage account key or SAS in the keychain: store one (accountKey or sas), or give a connection string.</source>
        <translation>Profile '%1' has no storage account key or SAS in the keychain: store one (accountKey or sas), or give a connection string.</translation>
    </message>
    <message>
        <source>The storage account key stored for profile '%1' is not valid base64. Store the whole key (it usually ends with '==') again.</source>
        <translation>The storage account key stored for profile '%1' is not valid base64. Store the whole key (it usually ends with '==') again.</translation>
    </message>
    <message>
        <source>Profile '%1' has no storage account name, which Shared Key signing needs.</source>
        <translation>Profile '%1' has no storage account name, which Shared Key signing needs.</translation>
    </message>
    <message>
        <source>the given connection string</source>
        <translation>the given connection string</translation>
    </message>
    <message>
        <source>profile '%1'</source>
        <translation>profile '%1'</translation>
    </message>
    <message>
        <source>No storage account: give a connection string or choose a profile.</source>
        <translation>No storage account: give a connection string or choose a profile.</translation>
    </message>
    <message>
        <source>no secret store to read the profile's secrets from</source>
        <translation>no secret store to read the profile's secrets from</translation>
    </message>
    <message>
        <source>Reading the secrets of profile '%1'</source>
        <translation>Reading the secrets of profile '%1'</translation>
    </message>
</context>
<context>
    <name>mlr::StorageJob</name>
    <message>
        <source>No network access manager was given to the storage client.</source>
        <translation>No network access manager was given to the storage client.</translation>
    </message>
</context>
<context>
    <name>mlr::arm</name>
    <message>
        <source>it is empty.</source>
        <translation>it is empty.</translation>
    </message>
    <message>
        <source>it must hold one JSON object ({...}) describing a web service.</source>
        <translation>it must hold one JSON object ({...}) describing a web service.</translation>
    </message>
    <message>
        <source>it has no "properties" object, so it is not a web service definition.</source>
        <translation>it has no "properties" object, so it is not a web service definition.</translation>
    </message>
    <message>
        <source>'%1' is a training (retraining) web service: its outputs include a trained model. Update its predictive web service instead.</source>
        <translation>'%1' is a training (retraining) web service: its outputs include a trained model. Update its predictive web service instead.</translation>
    </message>
    <message>
        <source>'%1' has no [trained model] asset, so there is no model to replace. Is it the predictive web service?</source>
        <translation>'%1' has no [trained model] asset, so there is no model to replace. Is it the predictive web service?</translation>
    </message>
    <message>
        <source>'%1' is read-only: it can no longer be updated, only deleted.</source>
        <translation>'%1' is read-only: it can no longer be updated, only deleted.</translation>
    </message>
    <message>
        <source>'%1' keeps its definition in blob storage (payloadsInBlobStorage), which this tool cannot edit.</source>
        <translation>'%1' keeps its definition in blob storage (payloadsInBlobStorage), which this tool cannot edit.</translation>
    </message>
    <message>
        <source>An operation on '%1' is still running (Provisioning); try again when it has finished.</source>
        <translation>An operation on '%1' is still running (Provisioning); try again when it has finished.</translation>
    </message>
    <message>
        <source>The last operation on '%1' failed (state Failed).</source>
        <translation>The last operation on '%1' failed (state Failed).</translation>
    </message>
    <message>
        <source>'%1' has no trained model asset '%2'.</source>
        <translation>'%1' has no trained model asset '%2'.</translation>
    </message>
    <message>
        <source>'%1' has %2 trained model assets: choose one of %3.</source>
        <translation>'%1' has %2 trained model assets: choose one of %3.</translation>
    </message>
    <message>
        <source>The new model location '%1' is not an http(s) blob URL.</source>
        <translation>The new model location '%1' is not an http(s) blob URL.</translation>
    </message>
    <message>
        <source>The new model location '%1' is not an .ilearner trained model.</source>
        <translation>The new model location '%1' is not an .ilearner trained model.</translation>
    </message>
    <message>
        <source>The new model is in storage account '%1', but the web service uses '%2': the service may not be able to read it.</source>
        <translation>The new model is in storage account '%1', but the web service uses '%2': the service may not be able to read it.</translation>
    </message>
    <message>
        <source>The asset already points at this model.</source>
        <translation>The asset already points at this model.</translation>
    </message>
    <message>
        <source>The backup of the definition could not be written to %1: %2</source>
        <translation>The backup of the definition could not be written to %1: %2</translation>
    </message>
    <message>
        <source>no backup folder was given.</source>
        <translation>no backup folder was given.</translation>
    </message>
    <message>
        <source>the folder cannot be created.</source>
        <translation>the folder cannot be created.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read: %2</source>
        <translation>The backup %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The backup %1 has no [trained model] asset.</source>
        <translation>The backup %1 has no [trained model] asset.</translation>
    </message>
    <message>
        <source>The backup %1 has no single trained model asset to restore; name the asset.</source>
        <translation>The backup %1 has no single trained model asset to restore; name the asset.</translation>
    </message>
</context>
<context>
    <name>mlr::arm::ArmOperation</name>
    <message>
        <source>Web service '%1' was not found in resource group '%2' of subscription %3. Check the name and the resource group</source>
        <translation>Web service '%1' was not found in resource group '%2' of subscription %3. Check the name and the resource group</translation>
    </message>
    <message>
        <source>Azure Resource Manager pointed to %1, which is not %2: the sign-in token was not sent there.</source>
        <translation>Azure Resource Manager pointed to %1, which is not %2: the sign-in token was not sent there.</translation>
    </message>
    <message>
        <source>You are not signed in to Azure.</source>
        <translation>You are not signed in to Azure.</translation>
    </message>
    <message>
        <source>%1: Azure did not accept the sign-in, even after renewing it. Sign in again, and check that the account has access to the subscription</source>
        <translation>%1: Azure did not accept the sign-in, even after renewing it. Sign in again, and check that the account has access to the subscription</translation>
    </message>
    <message>
        <source>%1: the Azure sign-in expired and could not be renewed</source>
        <translation>%1: the Azure sign-in expired and could not be renewed</translation>
    </message>
    <message>
        <source>%1: the Azure sign-in expired and could not be renewed (%2)</source>
        <translation>%1: the Azure sign-in expired and could not be renewed (%2)</translation>
    </message>
    <message>
        <source>the definition names another storage account than the service's; a web service's storage account cannot be changed (was the file exported from another service?)</source>
        <translation>the definition names another storage account than the service's; a web service's storage account cannot be changed (was the file exported from another service?)</translation>
    </message>
    <message>
        <source>the web service is read-only: it can no longer be updated, only deleted</source>
        <translation>the web service is read-only: it can no longer be updated, only deleted</translation>
    </message>
    <message>
        <source>another operation on this web service is still running; try again when it has finished</source>
        <translation>another operation on this web service is still running; try again when it has finished</translation>
    </message>
    <message>
        <source>creating or replacing a service needs properties.commitmentPlan.id, which exported definitions do not carry</source>
        <translation>creating or replacing a service needs properties.commitmentPlan.id, which exported definitions do not carry</translation>
    </message>
    <message>
        <source>the commitment plan of a web service cannot be changed</source>
        <translation>the commitment plan of a web service cannot be changed</translation>
    </message>
    <message>
        <source>the definition's location is missing or differs from the service's</source>
        <translation>the definition's location is missing or differs from the service's</translation>
    </message>
    <message>
        <source>%1: Azure refused the sign-in's token because it is for another service (its audience); a token for Azure Resource Manager is needed</source>
        <translation>%1: Azure refused the sign-in's token because it is for another service (its audience); a token for Azure Resource Manager is needed</translation>
    </message>
</context>
<context>
    <name>mlr::arm::ClassicEndpointGetJob</name>
    <message>
        <source>Reading endpoint '%1'</source>
        <translation>Reading endpoint '%1'</translation>
    </message>
</context>
<context>
    <name>mlr::arm::ClassicEndpointUpdateJob</name>
    <message>
        <source>Updating endpoint '%1'</source>
        <translation>Updating endpoint '%1'</translation>
    </message>
    <message>
        <source>%1: this is the training web service, which has no trained model to replace; update the predictive one</source>
        <translation>%1: this is the training web service, which has no trained model to replace; update the predictive one</translation>
    </message>
    <message>
        <source>The endpoint was updated but could not be read back</source>
        <translation>The endpoint was updated but could not be read back</translation>
    </message>
    <message>
        <source>The endpoint accepted the update, but after %1 s it still uses %2 instead of %3: the change did not take effect.</source>
        <translation>The endpoint accepted the update, but after %1 s it still uses %2 instead of %3: the change did not take effect.</translation>
    </message>
</context>
<context>
    <name>mlr::arm::ClientSecretSignIn</name>
    <message>
        <source>No client secret is set for application %1.</source>
        <translation>No client secret is set for application %1.</translation>
    </message>
</context>
<context>
    <name>mlr::arm::Commands</name>
    <message>
        <source>Sign in to Azure</source>
        <translation>Sign in to Azure</translation>
    </message>
    <message>
        <source>Read the web service</source>
        <translation>Read the web service</translation>
    </message>
    <message>
        <source>Back up the definition</source>
        <translation>Back up the definition</translation>
    </message>
    <message>
        <source>Point the trained model asset at the new model</source>
        <translation>Point the trained model asset at the new model</translation>
    </message>
    <message>
        <source>Wait for the operation to finish</source>
        <translation>Wait for the operation to finish</translation>
    </message>
    <message>
        <source>Read the web service back and check the model</source>
        <translation>Read the web service back and check the model</translation>
    </message>
</context>
<context>
    <name>mlr::arm::DefinitionDiff</name>
    <message>
        <source>(no changes)</source>
        <translation>(no changes)</translation>
    </message>
</context>
<context>
    <name>mlr::arm::DeviceCodeSignIn</name>
    <message>
        <source>Signing in to Azure</source>
        <translation>Signing in to Azure</translation>
    </message>
    <message>
        <source>The sign-in code %1 expired before it was used. Start the sign-in again.</source>
        <translation>The sign-in code %1 expired before it was used. Start the sign-in again.</translation>
    </message>
    <message>
        <source>Signing in to Azure failed: the sign-in code %1 expired before it was used. Start the sign-in again</source>
        <translation>Signing in to Azure failed: the sign-in code %1 expired before it was used. Start the sign-in again</translation>
    </message>
    <message>
        <source>Signing in to Azure failed: the sign-in was declined in the browser</source>
        <translation>Signing in to Azure failed: the sign-in was declined in the browser</translation>
    </message>
    <message>
        <source>Signing in to Azure failed: the service does not know the sign-in code. Start the sign-in again</source>
        <translation>Signing in to Azure failed: the service does not know the sign-in code. Start the sign-in again</translation>
    </message>
</context>
<context>
    <name>mlr::arm::GuardedUpdateJob</name>
    <message>
        <source>Scoring sample rows (smoke test)</source>
        <translation>Scoring sample rows (smoke test)</translation>
    </message>
    <message>
        <source>Scoring the sample rows again (smoke test)</source>
        <translation>Scoring the sample rows again (smoke test)</translation>
    </message>
    <message>
        <source>The smoke test after the change failed: %1</source>
        <translation>The smoke test after the change failed: %1</translation>
    </message>
    <message>
        <source>The smoke test cannot be compared: %1</source>
        <translation>The smoke test cannot be compared: %1</translation>
    </message>
    <message>
        <source>The service fails to score the sample rows with the new model (%1), and it cannot be rolled back automatically: %2 Roll back by hand.</source>
        <translation>The service fails to score the sample rows with the new model (%1), and it cannot be rolled back automatically: %2 Roll back by hand.</translation>
    </message>
    <message>
        <source>The service fails to score the sample rows with the new model: rolling back to %1</source>
        <translation>The service fails to score the sample rows with the new model: rolling back to %1</translation>
    </message>
    <message>
        <source>The service failed to score the sample rows after the change (%1), so it was rolled back automatically: it uses %2 again.</source>
        <translation>The service failed to score the sample rows after the change (%1), so it was rolled back automatically: it uses %2 again.</translation>
    </message>
    <message>
        <source>The service fails to score the sample rows after the change (%1), and the automatic rollback did not complete: %2 Roll back with the backup %3.</source>
        <translation>The service fails to score the sample rows after the change (%1), and the automatic rollback did not complete: %2 Roll back with the backup %3.</translation>
    </message>
</context>
<context>
    <name>mlr::arm::LroFollower</name>
    <message>
        <source>the Azure-AsyncOperation header is not a valid URL</source>
        <translation>the Azure-AsyncOperation header is not a valid URL</translation>
    </message>
    <message>
        <source>the Location header is not a valid URL</source>
        <translation>the Location header is not a valid URL</translation>
    </message>
    <message>
        <source>The operation was still '%1' after %2 s; its outcome is unknown. Check the state of the resource later.</source>
        <translation>The operation was still '%1' after %2 s; its outcome is unknown. Check the state of the resource later.</translation>
    </message>
    <message>
        <source>The operation ended '%1' without saying why.</source>
        <translation>The operation ended '%1' without saying why.</translation>
    </message>
    <message>
        <source>The operation ended '%1': %2</source>
        <translation>The operation ended '%1': %2</translation>
    </message>
</context>
<context>
    <name>mlr::arm::ModelSource</name>
    <message>
        <source>it names no trained model.</source>
        <translation>it names no trained model.</translation>
    </message>
    <message>
        <source>it names the model the service uses now.</source>
        <translation>it names the model the service uses now.</translation>
    </message>
    <message>
        <source>its model %1 does not exist.</source>
        <translation>its model %1 does not exist.</translation>
    </message>
    <message>
        <source>its model has the same bytes as the model the service uses now.</source>
        <translation>its model has the same bytes as the model the service uses now.</translation>
    </message>
    <message>
        <source>No backup of %1 in %2.</source>
        <translation>No backup of %1 in %2.</translation>
    </message>
    <message>
        <source>No backup of %1 is a way back: %2</source>
        <translation>No backup of %1 is a way back: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> and %1 more</translation>
    </message>
    <message>
        <source>two-class classification</source>
        <translation>two-class classification</translation>
    </message>
    <message>
        <source>multiclass classification</source>
        <translation>multiclass classification</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>regression</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Job %1 failed, so it has no trained model to deploy%2. Fix what made it fail and run a new retraining job.</source>
        <translation>Job %1 failed, so it has no trained model to deploy%2. Fix what made it fail and run a new retraining job.</translation>
    </message>
    <message>
        <source> (the service said: %1)</source>
        <translation> (the service said: %1)</translation>
    </message>
    <message>
        <source>Job %1 was cancelled, so it has no trained model to deploy. Run a new retraining job.</source>
        <translation>Job %1 was cancelled, so it has no trained model to deploy. Run a new retraining job.</translation>
    </message>
    <message>
        <source>Job %1 has not finished (it is %2): its trained model is not ready. Wait for it to finish, then update.</source>
        <translation>Job %1 has not finished (it is %2): its trained model is not ready. Wait for it to finish, then update.</translation>
    </message>
    <message>
        <source>Job %1 was trained by '%2', whose predictive service is '%3' (profile '%4'), not '%5': its model belongs to another service pair. Update '%3' with it, or use a job of '%5''s own training service.</source>
        <translation>Job %1 was trained by '%2', whose predictive service is '%3' (profile '%4'), not '%5': its model belongs to another service pair. Update '%3' with it, or use a job of '%5''s own training service.</translation>
    </message>
    <message>
        <source>Use a job of '%1''s own training service.</source>
        <translation>Use a job of '%1''s own training service.</translation>
    </message>
    <message>
        <source>Job %1 trained a %2 model (training service '%3'), but '%4' serves a %5 model: every scoring request would fail. %6</source>
        <translation>Job %1 trained a %2 model (training service '%3'), but '%4' serves a %5 model: every scoring request would fail. %6</translation>
    </message>
    <message>
        <source>'%1' is %2 in training and %3 in '%4'</source>
        <translation>'%1' is %2 in training and %3 in '%4'</translation>
    </message>
    <message>
        <source>the model needs %1, which '%2' does not take</source>
        <translation>the model needs %1, which '%2' does not take</translation>
    </message>
    <message>
        <source>'%1' takes %2, which the model was not trained on</source>
        <translation>'%1' takes %2, which the model was not trained on</translation>
    </message>
    <message>
        <source>The input schema of '%1' does not match the columns job %2 was trained on (training service '%3'): %4. %5</source>
        <translation>The input schema of '%1' does not match the columns job %2 was trained on (training service '%3'): %4. %5</translation>
    </message>
    <message>
        <source>Job %1 predicts '%2' (%3), but '%4' answers labels of type %5. %6</source>
        <translation>Job %1 predicts '%2' (%3), but '%4' answers labels of type %5. %6</translation>
    </message>
    <message>
        <source>The trained model of job %1 does not exist: there is no blob %2. Check the job's outputs, or run a new retraining job.</source>
        <translation>The trained model of job %1 does not exist: there is no blob %2. Check the job's outputs, or run a new retraining job.</translation>
    </message>
    <message>
        <source>The trained model of job %1 (%2) could not be checked: %3 Nothing is changed without knowing that the model exists.</source>
        <translation>The trained model of job %1 (%2) could not be checked: %3 Nothing is changed without knowing that the model exists.</translation>
    </message>
    <message>
        <source>The trained model of job %1 could not be checked: there is no storage account to read it with. Give the profile's storage credentials, then update.</source>
        <translation>The trained model of job %1 could not be checked: there is no storage account to read it with. Give the profile's storage credentials, then update.</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>not read</translation>
    </message>
    <message>
        <source>The schema of job %1's training service '%2' could not be compared with '%3': %4</source>
        <translation>The schema of job %1's training service '%2' could not be compared with '%3': %4</translation>
    </message>
    <message>
        <source>Job %1's training service '%2' could not be read (%3), and the job's profile does not name '%4' as its predictive service: nothing shows that the model fits '%4'. Use a job of '%4''s own training service.</source>
        <translation>Job %1's training service '%2' could not be read (%3), and the job's profile does not name '%4' as its predictive service: nothing shows that the model fits '%4'. Use a job of '%4''s own training service.</translation>
    </message>
    <message>
        <source>The model %1 does not exist (no such blob): the service would be pointed at nothing. Choose another backup.</source>
        <translation>The model %1 does not exist (no such blob): the service would be pointed at nothing. Choose another backup.</translation>
    </message>
    <message>
        <source>the job record names no training service</source>
        <translation>the job record names no training service</translation>
    </message>
    <message>
        <source>it is not in the storage account '%1' this profile can read.</source>
        <translation>it is not in the storage account '%1' this profile can read.</translation>
    </message>
    <message>
        <source>Looking for the model blob</source>
        <translation>Looking for the model blob</translation>
    </message>
    <message>
        <source>Comparing the new model with the current one</source>
        <translation>Comparing the new model with the current one</translation>
    </message>
    <message>
        <source>The model %1 could not be checked: %2</source>
        <translation>The model %1 could not be checked: %2</translation>
    </message>
</context>
<context>
    <name>mlr::arm::ModelUpdateJob</name>
    <message>
        <source>Reading web service '%1'</source>
        <translation>Reading web service '%1'</translation>
    </message>
    <message>
        <source>Nothing was changed: the web service could not be read.</source>
        <translation>Nothing was changed: the web service could not be read.</translation>
    </message>
    <message>
        <source>Checking that '%1' can take the new model</source>
        <translation>Checking that '%1' can take the new model</translation>
    </message>
    <message>
        <source>Nothing was changed: the update was refused.</source>
        <translation>Nothing was changed: the update was refused.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Nothing was changed (plan only).</source>
        <translation>Nothing was changed (plan only).</translation>
    </message>
    <message>
        <source>Backing up the current definition</source>
        <translation>Backing up the current definition</translation>
    </message>
    <message>
        <source>Nothing was changed: without a backup the update does not run.</source>
        <translation>Nothing was changed: without a backup the update does not run.</translation>
    </message>
    <message>
        <source>Pointing asset '%1' at the new model</source>
        <translation>Pointing asset '%1' at the new model</translation>
    </message>
    <message>
        <source>Waiting for Azure to deploy the change</source>
        <translation>Waiting for Azure to deploy the change</translation>
    </message>
    <message>
        <source>Nothing was changed: the service refused the change and still uses %1.</source>
        <translation>Nothing was changed: the service refused the change and still uses %1.</translation>
    </message>
    <message>
        <source>Reading the web service back to check the model</source>
        <translation>Reading the web service back to check the model</translation>
    </message>
    <message>
        <source>The backup of the previous definition is %1.</source>
        <translation>The backup of the previous definition is %1.</translation>
    </message>
    <message>
        <source>The change may or may not have been applied, and the service could not be read back: check it before anything else. %1</source>
        <translation>The change may or may not have been applied, and the service could not be read back: check it before anything else. %1</translation>
    </message>
    <message>
        <source>The service still uses %1 (nothing was applied). %2</source>
        <translation>The service still uses %1 (nothing was applied). %2</translation>
    </message>
    <message>
        <source>The definition names the new model, but the update did not complete (state %1): the service may still serve the previous model. Roll back or try again. %2</source>
        <translation>The definition names the new model, but the update did not complete (state %1): the service may still serve the previous model. Roll back or try again. %2</translation>
    </message>
    <message>
        <source>The update did not complete and the service names %1 (state %2). %3</source>
        <translation>The update did not complete and the service names %1 (state %2). %3</translation>
    </message>
    <message>
        <source>The update reported success, but the service still uses %1 instead of %2: the change did not take effect.</source>
        <translation>The update reported success, but the service still uses %1 instead of %2: the change did not take effect.</translation>
    </message>
    <message>
        <source>The service was not changed (success without effect). %1</source>
        <translation>The service was not changed (success without effect). %1</translation>
    </message>
    <message>
        <source>Verifying web service '%1'</source>
        <translation>Verifying web service '%1'</translation>
    </message>
    <message>
        <source>'%1' now uses %2 (state %3). %4</source>
        <translation>'%1' now uses %2 (state %3). %4</translation>
    </message>
    <message>
        <source>The new model is identical to the current one; nothing to update.</source>
        <translation>The new model is identical to the current one; nothing to update.</translation>
    </message>
</context>
<context>
    <name>mlr::arm::RefreshTokenSignIn</name>
    <message>
        <source>There is no saved Azure sign-in: sign in again.</source>
        <translation>There is no saved Azure sign-in: sign in again.</translation>
    </message>
</context>
<context>
    <name>mlr::arm::SandboxServicePairJob</name>
    <message>
        <source>Creating the service pair '%1' in mlstudio-local</source>
        <translation>Creating the service pair '%1' in mlstudio-local</translation>
    </message>
    <message>
        <source>Service pairs from templates exist only in mlstudio-local on this computer; %1 is not.</source>
        <translation>Service pairs from templates exist only in mlstudio-local on this computer; %1 is not.</translation>
    </message>
    <message>
        <source>A name, a label column and a CSV are needed.</source>
        <translation>A name, a label column and a CSV are needed.</translation>
    </message>
    <message>
        <source>the server's answer does not describe the pair</source>
        <translation>the server's answer does not describe the pair</translation>
    </message>
</context>
<context>
    <name>mlr::arm::SignInOperation</name>
    <message>
        <source>Signing in to Azure</source>
        <translation>Signing in to Azure</translation>
    </message>
</context>
<context>
    <name>mlr::arm::SmokeCheckJob</name>
    <message>
        <source>No network access.</source>
        <translation>No network access.</translation>
    </message>
    <message>
        <source>The scoring URL %1 names no web service.</source>
        <translation>The scoring URL %1 names no web service.</translation>
    </message>
    <message>
        <source>Reading the sample rows of the service</source>
        <translation>Reading the sample rows of the service</translation>
    </message>
</context>
<context>
    <name>mlr::arm::SmokeTest</name>
    <message>
        <source>Predictions unchanged: the %1 sample rows score exactly as before the update, so the service may still be serving the previous model.</source>
        <translation>Predictions unchanged: the %1 sample rows score exactly as before the update, so the service may still be serving the previous model.</translation>
    </message>
    <message>
        <source>Predictions changed for %1 of %2 sample rows (%3 labels changed; largest score change %4).</source>
        <translation>Predictions changed for %1 of %2 sample rows (%3 labels changed; largest score change %4).</translation>
    </message>
    <message>
        <source>The smoke test scored %1 rows before the update and %2 after; they cannot be compared.</source>
        <translation>The smoke test scored %1 rows before the update and %2 after; they cannot be compared.</translation>
    </message>
    <message>
        <source>The smoke test answers have no "Scored Labels" column.</source>
        <translation>The smoke test answers have no "Scored Labels" column.</translation>
    </message>
</context>
<context>
    <name>mlr::arm::TokenRequest</name>
    <message>
        <source>You are not signed in to Azure.</source>
        <translation>You are not signed in to Azure.</translation>
    </message>
    <message>
        <source>You are not signed in to Azure: sign in first.</source>
        <translation>You are not signed in to Azure: sign in first.</translation>
    </message>
    <message>
        <source>The Azure sign-in has expired: sign in again.</source>
        <translation>The Azure sign-in has expired: sign in again.</translation>
    </message>
    <message>
        <source>The Azure sign-in was closed while it was being renewed.</source>
        <translation>The Azure sign-in was closed while it was being renewed.</translation>
    </message>
</context>
<context>
    <name>mlr::arm::Tokens</name>
    <message>
        <source>the client secret is wrong. Use the secret's Value (not its ID) from the app registration's "Certificates &amp; secrets" page</source>
        <translation>the client secret is wrong. Use the secret's Value (not its ID) from the app registration's "Certificates &amp; secrets" page</translation>
    </message>
    <message>
        <source>the client secret has expired. Create a new one in the app registration</source>
        <translation>the client secret has expired. Create a new one in the app registration</translation>
    </message>
    <message>
        <source>no client secret was given for this application</source>
        <translation>no client secret was given for this application</translation>
    </message>
    <message>
        <source>the application (client) id is not known in this tenant. Check the client id and the tenant</source>
        <translation>the application (client) id is not known in this tenant. Check the client id and the tenant</translation>
    </message>
    <message>
        <source>the tenant was not found. Check the tenant id or domain</source>
        <translation>the tenant was not found. Check the tenant id or domain</translation>
    </message>
    <message>
        <source>the requested permission scope was refused</source>
        <translation>the requested permission scope was refused</translation>
    </message>
    <message>
        <source>the saved sign-in has expired. Sign in again</source>
        <translation>the saved sign-in has expired. Sign in again</translation>
    </message>
    <message>
        <source>the saved sign-in is no longer valid. Sign in again</source>
        <translation>the saved sign-in is no longer valid. Sign in again</translation>
    </message>
    <message>
        <source>the sign-in code expired before it was used. Start the sign-in again</source>
        <translation>the sign-in code expired before it was used. Start the sign-in again</translation>
    </message>
    <message>
        <source>the sign-in was declined</source>
        <translation>the sign-in was declined</translation>
    </message>
    <message>
        <source>the account needs multi-factor authentication: use the device code sign-in</source>
        <translation>the account needs multi-factor authentication: use the device code sign-in</translation>
    </message>
    <message>
        <source>the application has not been granted consent in this tenant</source>
        <translation>the application has not been granted consent in this tenant</translation>
    </message>
    <message>
        <source>the application is disabled</source>
        <translation>the application is disabled</translation>
    </message>
    <message>
        <source>the application or its secret was not accepted</source>
        <translation>the application or its secret was not accepted</translation>
    </message>
    <message>
        <source>the sign-in is no longer valid. Sign in again</source>
        <translation>the sign-in is no longer valid. Sign in again</translation>
    </message>
    <message>
        <source>the application may not use this sign-in method</source>
        <translation>the application may not use this sign-in method</translation>
    </message>
    <message>
        <source>No tenant is set: give the directory (tenant) id or domain.</source>
        <translation>No tenant is set: give the directory (tenant) id or domain.</translation>
    </message>
    <message>
        <source>The tenant "%1" is not a valid tenant id or domain.</source>
        <translation>The tenant "%1" is not a valid tenant id or domain.</translation>
    </message>
    <message>
        <source>No application (client) id is set.</source>
        <translation>No application (client) id is set.</translation>
    </message>
    <message>
        <source>The sign-in URL is not valid.</source>
        <translation>The sign-in URL is not valid.</translation>
    </message>
    <message>
        <source>The sign-in URL %1 is not https: credentials are only sent over https (or to this computer).</source>
        <translation>The sign-in URL %1 is not https: credentials are only sent over https (or to this computer).</translation>
    </message>
    <message>
        <source>the sign-in service's answer has no access token and lifetime</source>
        <translation>the sign-in service's answer has no access token and lifetime</translation>
    </message>
    <message>
        <source>the sign-in service's device code answer is incomplete</source>
        <translation>the sign-in service's device code answer is incomplete</translation>
    </message>
    <message>
        <source>Signing in to Azure</source>
        <translation>Signing in to Azure</translation>
    </message>
    <message>
        <source>Signing in to Azure failed: %1</source>
        <translation>Signing in to Azure failed: %1</translation>
    </message>
</context>
<context>
    <name>mlr::arm::WebServiceGetJob</name>
    <message>
        <source>Reading web service '%1'</source>
        <translation>Reading web service '%1'</translation>
    </message>
    <message>
        <source>the web service definition is not a JSON object with properties</source>
        <translation>the web service definition is not a JSON object with properties</translation>
    </message>
</context>
<context>
    <name>mlr::arm::WebServiceKeysJob</name>
    <message>
        <source>Reading the keys of web service '%1'</source>
        <translation>Reading the keys of web service '%1'</translation>
    </message>
</context>
<context>
    <name>mlr::arm::WebServiceListJob</name>
    <message>
        <source>Listing the web services of resource group '%1'</source>
        <translation>Listing the web services of resource group '%1'</translation>
    </message>
    <message>
        <source>Listing the web services of subscription %1</source>
        <translation>Listing the web services of subscription %1</translation>
    </message>
    <message>
        <source>the service returned the same next page link twice</source>
        <translation>the service returned the same next page link twice</translation>
    </message>
</context>
<context>
    <name>mlr::arm::WebServiceWriteJob</name>
    <message>
        <source>Creating or replacing web service '%1'</source>
        <translation>Creating or replacing web service '%1'</translation>
    </message>
    <message>
        <source>Updating web service '%1'</source>
        <translation>Updating web service '%1'</translation>
    </message>
    <message>
        <source>Waiting for the operation on web service '%1'</source>
        <translation>Waiting for the operation on web service '%1'</translation>
    </message>
    <message>
        <source>Checking whether web service '%1' exists</source>
        <translation>Checking whether web service '%1' exists</translation>
    </message>
    <message>
        <source>Web service '%1' already exists in resource group '%2'; it was not replaced. Choose another name, or allow overwriting it.</source>
        <translation>Web service '%1' already exists in resource group '%2'; it was not replaced. Choose another name, or allow overwriting it.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The operation was still '%1' after %2 s; its outcome is unknown. Check the web service's state later.</source>
        <translation>The operation was still '%1' after %2 s; its outcome is unknown. Check the web service's state later.</translation>
    </message>
</context>
<context>
    <name>mlr::azureml</name>
    <message>
        <source>the %1 answer has no %2</source>
        <translation>the %1 answer has no %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Job '%1' has several data inputs or none (%2): name the one the new data replaces.</source>
        <translation>Job '%1' has several data inputs or none (%2): name the one the new data replaces.</translation>
    </message>
    <message>
        <source>Job '%1' has no data input '%3' (its data inputs: %2).</source>
        <translation>Job '%1' has no data input '%3' (its data inputs: %2).</translation>
    </message>
    <message>
        <source>retrain of %1</source>
        <translation>retrain of %1</translation>
    </message>
    <message>
        <source>%1 (retrained)</source>
        <translation>%1 (retrained)</translation>
    </message>
    <message>
        <source>Sign in (service principal)</source>
        <translation>Sign in (service principal)</translation>
    </message>
    <message>
        <source>Read the key of the workspace's default datastore</source>
        <translation>Read the key of the workspace's default datastore</translation>
    </message>
    <message>
        <source>Upload the new training data</source>
        <translation>Upload the new training data</translation>
    </message>
    <message>
        <source>Read the job that trained the model in production</source>
        <translation>Read the job that trained the model in production</translation>
    </message>
    <message>
        <source>Submit the retraining job (the same job on the new data)</source>
        <translation>Submit the retraining job (the same job on the new data)</translation>
    </message>
    <message>
        <source>Follow the job until Completed, Failed or Canceled</source>
        <translation>Follow the job until Completed, Failed or Canceled</translation>
    </message>
    <message>
        <source>Back up the endpoint and its deployments</source>
        <translation>Back up the endpoint and its deployments</translation>
    </message>
    <message>
        <source>Register the new model version with its job</source>
        <translation>Register the new model version with its job</translation>
    </message>
    <message>
        <source>Create the new deployment at 0 % traffic</source>
        <translation>Create the new deployment at 0 % traffic</translation>
    </message>
    <message>
        <source>Read the endpoint's scoring URI and key</source>
        <translation>Read the endpoint's scoring URI and key</translation>
    </message>
    <message>
        <source>Smoke-test the new deployment at 0 % (the header bypasses the traffic rules)</source>
        <translation>Smoke-test the new deployment at 0 % (the header bypasses the traffic rules)</translation>
    </message>
    <message>
        <source>Set the traffic to %1 (the whole endpoint PUT; PATCH cannot)</source>
        <translation>Set the traffic to %1 (the whole endpoint PUT; PATCH cannot)</translation>
    </message>
    <message>
        <source>Read the traffic back</source>
        <translation>Read the traffic back</translation>
    </message>
    <message>
        <source>Delete the old deployment</source>
        <translation>Delete the old deployment</translation>
    </message>
    <message>
        <source>job %1 has no metrics.json in its outputs</source>
        <translation>job %1 has no metrics.json in its outputs</translation>
    </message>
    <message>
        <source>metrics.json of job %1 cannot be used: %2</source>
        <translation>metrics.json of job %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>the file cannot be read or is too large</source>
        <translation>the file cannot be read or is too large</translation>
    </message>
    <message>
        <source>Reading the scored rows</source>
        <translation>Reading the scored rows</translation>
    </message>
    <message>
        <source>The model's MLmodel file cannot be read.</source>
        <translation>The model's MLmodel file cannot be read.</translation>
    </message>
    <message>
        <source>Cannot read the downloaded scored rows.</source>
        <translation>Cannot read the downloaded scored rows.</translation>
    </message>
    <message>
        <source>Cannot tell the label column of the scored rows (columns: %1); name it explicitly.</source>
        <translation>Cannot tell the label column of the scored rows (columns: %1); name it explicitly.</translation>
    </message>
    <message>
        <source>The scored rows have no label column "%1" (columns: %2).</source>
        <translation>The scored rows have no label column "%1" (columns: %2).</translation>
    </message>
    <message>
        <source>The scored rows lack the column "%1", an input of the model: the job's outputs do not match.</source>
        <translation>The scored rows lack the column "%1", an input of the model: the job's outputs do not match.</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>job %1</translation>
    </message>
    <message>
        <source>Reading online endpoint '%1' of workspace '%2'</source>
        <translation>Reading online endpoint '%1' of workspace '%2'</translation>
    </message>
    <message>
        <source>Listing the deployments of online endpoint '%1'</source>
        <translation>Listing the deployments of online endpoint '%1'</translation>
    </message>
    <message>
        <source>Datastore %1 is of type %2, not Azure Blob: give your own storage account instead.</source>
        <translation>Datastore %1 is of type %2, not Azure Blob: give your own storage account instead.</translation>
    </message>
    <message>
        <source>Datastore %1 gives no account key (its credentials are %2): give your own storage account instead.</source>
        <translation>Datastore %1 gives no account key (its credentials are %2): give your own storage account instead.</translation>
    </message>
    <message>
        <source>Datastore %1 names no storage account or container.</source>
        <translation>Datastore %1 names no storage account or container.</translation>
    </message>
    <message>
        <source>metrics.json is not a JSON object (%1).</source>
        <translation>metrics.json is not a JSON object (%1).</translation>
    </message>
    <message>
        <source>metrics.json names no metric the comparison knows (it has: %1).</source>
        <translation>metrics.json names no metric the comparison knows (it has: %1).</translation>
    </message>
    <message>
        <source>The MLflow answer has no run.</source>
        <translation>The MLflow answer has no run.</translation>
    </message>
    <message>
        <source>The MLflow run has no metrics (yet).</source>
        <translation>The MLflow run has no metrics (yet).</translation>
    </message>
    <message>
        <source>The MLflow run logs no metric the comparison knows (it has: %1).</source>
        <translation>The MLflow run logs no metric the comparison knows (it has: %1).</translation>
    </message>
    <message>
        <source>its uri %1 is not a datastore path (azureml://datastores/.../paths/...) or a job output</source>
        <translation>its uri %1 is not a datastore path (azureml://datastores/.../paths/...) or a job output</translation>
    </message>
    <message>
        <source>The model's MLmodel file has a signature that is not a list of columns: %1</source>
        <translation>The model's MLmodel file has a signature that is not a list of columns: %1</translation>
    </message>
    <message>
        <source>The scoring answer is not JSON.</source>
        <translation>The scoring answer is not JSON.</translation>
    </message>
    <message>
        <source>The scoring answer is neither a list of rows nor {"predictions": [...]}.</source>
        <translation>The scoring answer is neither a list of rows nor {"predictions": [...]}.</translation>
    </message>
    <message>
        <source>A row of the scoring answer is a list, not one prediction or an object.</source>
        <translation>A row of the scoring answer is a list, not one prediction or an object.</translation>
    </message>
    <message>
        <source>The roll-out backup %1 cannot be used: %2</source>
        <translation>The roll-out backup %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>it is not JSON (%1).</source>
        <translation>it is not JSON (%1).</translation>
    </message>
    <message>
        <source>it is not a backup of an Azure Machine Learning online endpoint.</source>
        <translation>it is not a backup of an Azure Machine Learning online endpoint.</translation>
    </message>
    <message>
        <source>no deployment had traffic when it was taken, so there is nothing to roll back to.</source>
        <translation>no deployment had traffic when it was taken, so there is nothing to roll back to.</translation>
    </message>
    <message>
        <source>The traffic stages '%1' are not valid: %2 Write percentages of the new deployment, increasing, ending with 100, e.g. "10,100".</source>
        <translation>The traffic stages '%1' are not valid: %2 Write percentages of the new deployment, increasing, ending with 100, e.g. "10,100".</translation>
    </message>
    <message>
        <source>'%1' is not a whole number from 1 to 100.</source>
        <translation>'%1' is not a whole number from 1 to 100.</translation>
    </message>
    <message>
        <source>%1 does not come after %2 (each stage must be larger than the one before).</source>
        <translation>%1 does not come after %2 (each stage must be larger than the one before).</translation>
    </message>
    <message>
        <source>the last stage is %1, not 100.</source>
        <translation>the last stage is %1, not 100.</translation>
    </message>
    <message>
        <source>The traffic stages must end with 100 % on the new deployment.</source>
        <translation>The traffic stages must end with 100 % on the new deployment.</translation>
    </message>
    <message>
        <source>The new deployment '%1' is the one in production.</source>
        <translation>The new deployment '%1' is the one in production.</translation>
    </message>
    <message>
        <source>No deployment of the endpoint has traffic, so there is no traffic to move.</source>
        <translation>No deployment of the endpoint has traffic, so there is no traffic to move.</translation>
    </message>
    <message>
        <source>Besides '%1' and '%2', %3 also receive traffic: a roll-out moves traffic between two deployments only. Give their traffic to '%1' first.</source>
        <translation>Besides '%1' and '%2', %3 also receive traffic: a roll-out moves traffic between two deployments only. Give their traffic to '%1' first.</translation>
    </message>
    <message>
        <source>The traffic stages must be increasing whole percentages from 1 to 100.</source>
        <translation>The traffic stages must be increasing whole percentages from 1 to 100.</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>no deployment has traffic</source>
        <translation>no deployment has traffic</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>No sample rows can be taken from %1: %2</source>
        <translation>No sample rows can be taken from %1: %2</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>the file is empty.</translation>
    </message>
    <message>
        <source>the header has no column '%1' (it has %2).</source>
        <translation>the header has no column '%1' (it has %2).</translation>
    </message>
    <message>
        <source>line %1 has %2 cells, but the header has %3.</source>
        <translation>line %1 has %2 cells, but the header has %3.</translation>
    </message>
    <message>
        <source>the file has no data row.</source>
        <translation>the file has no data row.</translation>
    </message>
    <message>
        <source>The model's MLmodel file has no column signature (signature.inputs), so the new data cannot be checked against it.</source>
        <translation>The model's MLmodel file has no column signature (signature.inputs), so the new data cannot be checked against it.</translation>
    </message>
    <message>
        <source>Deployment %1 answered, not deployment %2 that was asked for.</source>
        <translation>Deployment %1 answered, not deployment %2 that was asked for.</translation>
    </message>
    <message>
        <source>the online endpoint</source>
        <translation>the online endpoint</translation>
    </message>
    <message>
        <source>deployment %1</source>
        <translation>deployment %1</translation>
    </message>
    <message>
        <source>There is no key or token to call the online endpoint with.</source>
        <translation>There is no key or token to call the online endpoint with.</translation>
    </message>
    <message>
        <source>Scoring with the online endpoint: its key was refused (regenerated meanwhile?)</source>
        <translation>Scoring with the online endpoint: its key was refused (regenerated meanwhile?)</translation>
    </message>
    <message>
        <source>Scoring with the online endpoint: its token was refused</source>
        <translation>Scoring with the online endpoint: its token was refused</translation>
    </message>
    <message>
        <source>Subscription %1 of the list has no subscriptionId.</source>
        <translation>Subscription %1 of the list has no subscriptionId.</translation>
    </message>
    <message>
        <source>Workspace %1 of the list has no name or resource id.</source>
        <translation>Workspace %1 of the list has no name or resource id.</translation>
    </message>
    <message>
        <source>The job file '%1' cannot be read: %2</source>
        <translation>The job file '%1' cannot be read: %2</translation>
    </message>
    <message>
        <source>The job file '%1' is not a JSON object (%2); give the JSON of GET jobs/{name} or its "properties".</source>
        <translation>The job file '%1' is not a JSON object (%2); give the JSON of GET jobs/{name} or its "properties".</translation>
    </message>
    <message>
        <source>Reading the job file '%1'</source>
        <translation>Reading the job file '%1'</translation>
    </message>
    <message>
        <source>a single value is expected here</source>
        <translation>a single value is expected here</translation>
    </message>
    <message>
        <source>a whole number is expected here</source>
        <translation>a whole number is expected here</translation>
    </message>
    <message>
        <source>a mapping (key: value lines) is expected here</source>
        <translation>a mapping (key: value lines) is expected here</translation>
    </message>
    <message>
        <source>the mode '%1' is not one of %2</source>
        <translation>the mode '%1' is not one of %2</translation>
    </message>
    <message>
        <source>'%1' is a local path, which needs an upload: upload it (e.g. az ml data create) and give its azureml:// or https:// URI</source>
        <translation>'%1' is a local path, which needs an upload: upload it (e.g. az ml data create) and give its azureml:// or https:// URI</translation>
    </message>
    <message>
        <source>a %1 input needs a value</source>
        <translation>a %1 input needs a value</translation>
    </message>
    <message>
        <source>the input type '%1' is not one of %2</source>
        <translation>the input type '%1' is not one of %2</translation>
    </message>
    <message>
        <source>this key of an input is not translated</source>
        <translation>this key of an input is not translated</translation>
    </message>
    <message>
        <source>a %1 input needs a path</source>
        <translation>a %1 input needs a path</translation>
    </message>
    <message>
        <source>the output type '%1' is not one of %2</source>
        <translation>the output type '%1' is not one of %2</translation>
    </message>
    <message>
        <source>this key of an output is not translated</source>
        <translation>this key of an output is not translated</translation>
    </message>
    <message>
        <source>this key is not translated</source>
        <translation>this key is not translated</translation>
    </message>
    <message>
        <source>the distribution type must be mpi, pytorch or tensorflow</source>
        <translation>the distribution type must be mpi, pytorch or tensorflow</translation>
    </message>
    <message>
        <source>a job definition is a mapping of keys</source>
        <translation>a job definition is a mapping of keys</translation>
    </message>
    <message>
        <source>'%1' jobs cannot be re-run by the wizard; only command jobs can</source>
        <translation>'%1' jobs cannot be re-run by the wizard; only command jobs can</translation>
    </message>
    <message>
        <source>a command job needs a command</source>
        <translation>a command job needs a command</translation>
    </message>
    <message>
        <source>'%1' is a local folder, which needs an upload: register it (az ml code create) and give azureml:&lt;name&gt;:&lt;version&gt;</source>
        <translation>'%1' is a local folder, which needs an upload: register it (az ml code create) and give azureml:&lt;name&gt;:&lt;version&gt;</translation>
    </message>
    <message>
        <source>an inline environment needs creating: create it (az ml environment create) and give azureml:&lt;name&gt;:&lt;version&gt;</source>
        <translation>an inline environment needs creating: create it (az ml environment create) and give azureml:&lt;name&gt;:&lt;version&gt;</translation>
    </message>
    <message>
        <source>this key is not translated by the wizard</source>
        <translation>this key is not translated by the wizard</translation>
    </message>
    <message>
        <source>a command job needs an environment</source>
        <translation>a command job needs an environment</translation>
    </message>
    <message>
        <source>The job file '%1', line %2, key '%3': %4.</source>
        <translation>The job file '%1', line %2, key '%3': %4.</translation>
    </message>
    <message>
        <source>The job file '%1' is not valid YAML: line %2, column %3: %4.</source>
        <translation>The job file '%1' is not valid YAML: line %2, column %3: %4.</translation>
    </message>
</context>
<context>
    <name>mlr::azureml::AmlEvaluationJob</name>
    <message>
        <source>Job %1 is %2, not Completed: there is nothing to evaluate yet.</source>
        <translation>Job %1 is %2, not Completed: there is nothing to evaluate yet.</translation>
    </message>
    <message>
        <source>of unknown status</source>
        <translation>of unknown status</translation>
    </message>
    <message>
        <source>No temporary folder for the downloads: %1</source>
        <translation>No temporary folder for the downloads: %1</translation>
    </message>
    <message>
        <source>model %1 version %2 names no job that trained it</source>
        <translation>model %1 version %2 names no job that trained it</translation>
    </message>
    <message>
        <source>Finding the workspace's MLflow tracking URI</source>
        <translation>Finding the workspace's MLflow tracking URI</translation>
    </message>
    <message>
        <source>Reading workspace %1</source>
        <translation>Reading workspace %1</translation>
    </message>
    <message>
        <source>MLflow could not be asked (%1)</source>
        <translation>MLflow could not be asked (%1)</translation>
    </message>
    <message>
        <source>the workspace has no MLflow tracking URI</source>
        <translation>the workspace has no MLflow tracking URI</translation>
    </message>
    <message>
        <source>Reading the metrics job %1 logged to MLflow</source>
        <translation>Reading the metrics job %1 logged to MLflow</translation>
    </message>
    <message>
        <source>MLflow has no metrics of job %1 either: %2</source>
        <translation>MLflow has no metrics of job %1 either: %2</translation>
    </message>
    <message>
        <source>Job %1 wrote no scored test split and no metrics (%2): there is nothing to evaluate.</source>
        <translation>Job %1 wrote no scored test split and no metrics (%2): there is nothing to evaluate.</translation>
    </message>
    <message>
        <source>Job %1 wrote no scored test split, and the model in production has no metrics to compare with (%2).</source>
        <translation>Job %1 wrote no scored test split, and the model in production has no metrics to compare with (%2).</translation>
    </message>
    <message>
        <source>Job %1 wrote no scored test split: the models are compared on the metrics each job reported (%2, %3), not on the same rows.</source>
        <translation>Job %1 wrote no scored test split: the models are compared on the metrics each job reported (%2, %3), not on the same rows.</translation>
    </message>
    <message>
        <source>No deployment of endpoint %1 is in production to score the rows with.</source>
        <translation>No deployment of endpoint %1 is in production to score the rows with.</translation>
    </message>
    <message>
        <source>Reading the scored rows</source>
        <translation>Reading the scored rows</translation>
    </message>
    <message>
        <source>Scoring the same rows with deployment %1 (in production)</source>
        <translation>Scoring the same rows with deployment %1 (in production)</translation>
    </message>
    <message>
        <source>Comparing the models</source>
        <translation>Comparing the models</translation>
    </message>
    <message>
        <source>Both models scored the same %1 rows of job %2's scored test split, the model in production through deployment %3.</source>
        <translation>Both models scored the same %1 rows of job %2's scored test split, the model in production through deployment %3.</translation>
    </message>
    <message>
        <source>Evaluating job %1</source>
        <translation>Evaluating job %1</translation>
    </message>
</context>
<context>
    <name>mlr::azureml::AmlJobEvaluation</name>
    <message>
        <source>job %1</source>
        <translation>job %1</translation>
    </message>
</context>
<context>
    <name>mlr::azureml::AmlRetrainSubmission</name>
    <message>
        <source>Model %1 version %2 names no training job to re-run.</source>
        <translation>Model %1 version %2 names no training job to re-run.</translation>
    </message>
    <message>
        <source>The file '%1' does not exist or cannot be read.</source>
        <translation>The file '%1' does not exist or cannot be read.</translation>
    </message>
    <message>
        <source>Uploading %1 to datastore %2</source>
        <translation>Uploading %1 to datastore %2</translation>
    </message>
    <message>
        <source>the retraining job %1</source>
        <translation>the retraining job %1</translation>
    </message>
    <message>
        <source>Reading the created job %1</source>
        <translation>Reading the created job %1</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>job %1</translation>
    </message>
    <message>
        <source>A job named %1 already exists in workspace %2 and trains on other data; choose another job name.</source>
        <translation>A job named %1 already exists in workspace %2 and trains on other data; choose another job name.</translation>
    </message>
    <message>
        <source>The job journal could not be updated: %1</source>
        <translation>The job journal could not be updated: %1</translation>
    </message>
</context>
<context>
    <name>mlr::azureml::DatastoreAccessJob</name>
    <message>
        <source>datastore %1</source>
        <translation>datastore %1</translation>
    </message>
    <message>
        <source>the workspace's default datastore</source>
        <translation>the workspace's default datastore</translation>
    </message>
    <message>
        <source>Workspace %1 has no default datastore.</source>
        <translation>Workspace %1 has no default datastore.</translation>
    </message>
    <message>
        <source>the secrets of datastore %1</source>
        <translation>the secrets of datastore %1</translation>
    </message>
    <message>
        <source>Datastore %1 is in storage account %2, and the storage credentials given are for %3.</source>
        <translation>Datastore %1 is in storage account %2, and the storage credentials given are for %3.</translation>
    </message>
</context>
<context>
    <name>mlr::azureml::JobFilesJob</name>
    <message>
        <source>Reading job %1, whose output job %2 names</source>
        <translation>Reading job %1, whose output job %2 names</translation>
    </message>
    <message>
        <source>%1: job %2 has no output %3 to read</source>
        <translation>%1: job %2 has no output %3 to read</translation>
    </message>
    <message>
        <source>Looking into output %1 of job %2</source>
        <translation>Looking into output %1 of job %2</translation>
    </message>
    <message>
        <source>Downloading %1 of job %2</source>
        <translation>Downloading %1 of job %2</translation>
    </message>
    <message>
        <source>Reading the outputs of job %1</source>
        <translation>Reading the outputs of job %1</translation>
    </message>
    <message>
        <source>Reading the outputs of job %1 (%2)</source>
        <translation>Reading the outputs of job %1 (%2)</translation>
    </message>
</context>
<context>
    <name>mlr::azureml::MlflowRunJob</name>
    <message>
        <source>Reading the metrics job %1 logged to MLflow</source>
        <translation>Reading the metrics job %1 logged to MLflow</translation>
    </message>
    <message>
        <source>The workspace's MLflow tracking URI "%1" is not an azureml:// or https:// URI.</source>
        <translation>The workspace's MLflow tracking URI "%1" is not an azureml:// or https:// URI.</translation>
    </message>
</context>
<context>
    <name>mlr::azureml::OnlineSmokeTestJob</name>
    <message>
        <source>The smoke test has no sample rows to score.</source>
        <translation>The smoke test has no sample rows to score.</translation>
    </message>
    <message>
        <source>Scoring the sample rows on deployment '%1'</source>
        <translation>Scoring the sample rows on deployment '%1'</translation>
    </message>
    <message>
        <source>Comparing the answers of '%1' and '%2'</source>
        <translation>Comparing the answers of '%1' and '%2'</translation>
    </message>
</context>
<context>
    <name>mlr::azureml::ProductionModelJob</name>
    <message>
        <source>No online endpoint is named (set the profile's endpoint).</source>
        <translation>No online endpoint is named (set the profile's endpoint).</translation>
    </message>
    <message>
        <source>Reading online endpoint '%1' of workspace '%2'</source>
        <translation>Reading online endpoint '%1' of workspace '%2'</translation>
    </message>
    <message>
        <source>Listing the deployments of online endpoint '%1'</source>
        <translation>Listing the deployments of online endpoint '%1'</translation>
    </message>
    <message>
        <source>Online endpoint '%1' has no deployment: no model is in production there to retrain. Deploy one first.</source>
        <translation>Online endpoint '%1' has no deployment: no model is in production there to retrain. Deploy one first.</translation>
    </message>
    <message>
        <source>No deployment of online endpoint '%1' receives traffic, so none is in production. Give one traffic first.</source>
        <translation>No deployment of online endpoint '%1' receives traffic, so none is in production. Give one traffic first.</translation>
    </message>
    <message>
        <source>Deployment '%1' serves '%2', which is not a model version of workspace '%3': its training job cannot be found.</source>
        <translation>Deployment '%1' serves '%2', which is not a model version of workspace '%3': its training job cannot be found.</translation>
    </message>
    <message>
        <source>Reading model %1 version %2 (served by deployment '%3')</source>
        <translation>Reading model %1 version %2 (served by deployment '%3')</translation>
    </message>
    <message>
        <source>Reading job '%1', which trained model %2 version %3</source>
        <translation>Reading job '%1', which trained model %2 version %3</translation>
    </message>
</context>
<context>
    <name>mlr::azureml::RetireJob</name>
    <message>
        <source>Reading online endpoint '%1'</source>
        <translation>Reading online endpoint '%1'</translation>
    </message>
    <message>
        <source>Online endpoint '%1' has no deployment '%2' (it has %3).</source>
        <translation>Online endpoint '%1' has no deployment '%2' (it has %3).</translation>
    </message>
    <message>
        <source>'%1' still has %2 % of the traffic (%3): it is not retired. Move all the traffic to the new deployment first.</source>
        <translation>'%1' still has %2 % of the traffic (%3): it is not retired. Move all the traffic to the new deployment first.</translation>
    </message>
    <message>
        <source>'%1' still receives %2 % of the traffic as a mirror: it is not retired. Stop mirroring first.</source>
        <translation>'%1' still receives %2 % of the traffic as a mirror: it is not retired. Stop mirroring first.</translation>
    </message>
    <message>
        <source>'%1' is retired only once one deployment has all the traffic, and the traffic is %2.</source>
        <translation>'%1' is retired only once one deployment has all the traffic, and the traffic is %2.</translation>
    </message>
    <message>
        <source>Deleting deployment '%1' of online endpoint '%2' ('%3' has all the traffic)</source>
        <translation>Deleting deployment '%1' of online endpoint '%2' ('%3' has all the traffic)</translation>
    </message>
    <message>
        <source>Listing the deployments of online endpoint '%1' again</source>
        <translation>Listing the deployments of online endpoint '%1' again</translation>
    </message>
    <message>
        <source>The deletion of '%1' reported success, but the endpoint still has it (%2): the change did not take effect.</source>
        <translation>The deletion of '%1' reported success, but the endpoint still has it (%2): the change did not take effect.</translation>
    </message>
    <message>
        <source>Verifying the deployments of online endpoint '%1'</source>
        <translation>Verifying the deployments of online endpoint '%1'</translation>
    </message>
</context>
<context>
    <name>mlr::azureml::RollbackJob</name>
    <message>
        <source>Nothing to roll back to: no endpoint or previous deployment is named.</source>
        <translation>Nothing to roll back to: no endpoint or previous deployment is named.</translation>
    </message>
    <message>
        <source>Reading online endpoint '%1'</source>
        <translation>Reading online endpoint '%1'</translation>
    </message>
    <message>
        <source>Deployment '%1' no longer exists on online endpoint '%2' (it has %3): a rollback by traffic needs it. Re-create it from the backup's definition first.</source>
        <translation>Deployment '%1' no longer exists on online endpoint '%2' (it has %3): a rollback by traffic needs it. Re-create it from the backup's definition first.</translation>
    </message>
    <message>
        <source>Deployment '%1' is %2, not Succeeded: it cannot take the traffic back.</source>
        <translation>Deployment '%1' is %2, not Succeeded: it cannot take the traffic back.</translation>
    </message>
</context>
<context>
    <name>mlr::azureml::RolloutJob</name>
    <message>
        <source>Backing up online endpoint '%1' and its deployments</source>
        <translation>Backing up online endpoint '%1' and its deployments</translation>
    </message>
    <message>
        <source>Nothing was changed: without a backup the roll-out does not run.</source>
        <translation>Nothing was changed: without a backup the roll-out does not run.</translation>
    </message>
    <message>
        <source>Model %1 version %2 was registered from job '%3' before: using it</source>
        <translation>Model %1 version %2 was registered from job '%3' before: using it</translation>
    </message>
    <message>
        <source>Registering model %1 version %2 from job '%3'</source>
        <translation>Registering model %1 version %2 from job '%3'</translation>
    </message>
    <message>
        <source>Nothing was changed: the new model version could not be registered.</source>
        <translation>Nothing was changed: the new model version could not be registered.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Deployment '%1' already serves model %2 version %3: using it</source>
        <translation>Deployment '%1' already serves model %2 version %3: using it</translation>
    </message>
    <message>
        <source>Deployment '%1' is still being provisioned (%2): waiting for it</source>
        <translation>Deployment '%1' is still being provisioned (%2): waiting for it</translation>
    </message>
    <message>
        <source>No traffic was moved.</source>
        <translation>No traffic was moved.</translation>
    </message>
    <message>
        <source>There is no deployment to copy the new one from.</source>
        <translation>There is no deployment to copy the new one from.</translation>
    </message>
    <message>
        <source>Creating deployment '%1' with model %2 version %3 at 0 % of the traffic (a copy of '%4')</source>
        <translation>Creating deployment '%1' with model %2 version %3 at 0 % of the traffic (a copy of '%4')</translation>
    </message>
    <message>
        <source>Deployment '%1' could not be provisioned with model %2 version %3; no traffic was moved to it.</source>
        <translation>Deployment '%1' could not be provisioned with model %2 version %3; no traffic was moved to it.</translation>
    </message>
    <message>
        <source>Reading deployment '%1'</source>
        <translation>Reading deployment '%1'</translation>
    </message>
    <message>
        <source>The deployment being provisioned could not be read.</source>
        <translation>The deployment being provisioned could not be read.</translation>
    </message>
    <message>
        <source>Deployment '%1' is still %2 after 30 minutes.</source>
        <translation>Deployment '%1' is still %2 after 30 minutes.</translation>
    </message>
    <message>
        <source>Deployment '%1' did not finish provisioning.</source>
        <translation>Deployment '%1' did not finish provisioning.</translation>
    </message>
    <message>
        <source>Reading deployment '%1' back</source>
        <translation>Reading deployment '%1' back</translation>
    </message>
    <message>
        <source>The new deployment could not be read back.</source>
        <translation>The new deployment could not be read back.</translation>
    </message>
    <message>
        <source>The creation of deployment '%1' reported success, but it serves '%2' instead of model %3 version %4: the change did not take effect.</source>
        <translation>The creation of deployment '%1' reported success, but it serves '%2' instead of model %3 version %4: the change did not take effect.</translation>
    </message>
    <message>
        <source>Deployment '%1' is %2 after its operation ended.</source>
        <translation>Deployment '%1' is %2 after its operation ended.</translation>
    </message>
    <message>
        <source>No online endpoint is named (set the profile's endpoint).</source>
        <translation>No online endpoint is named (set the profile's endpoint).</translation>
    </message>
    <message>
        <source>No retraining job is named: a roll-out deploys the model a job trained.</source>
        <translation>No retraining job is named: a roll-out deploys the model a job trained.</translation>
    </message>
    <message>
        <source>No sample rows were given for the smoke test of the new deployment.</source>
        <translation>No sample rows were given for the smoke test of the new deployment.</translation>
    </message>
    <message>
        <source>The deployment name '%1' is not valid: 3-32 letters, digits and single dashes, starting with a letter.</source>
        <translation>The deployment name '%1' is not valid: 3-32 letters, digits and single dashes, starting with a letter.</translation>
    </message>
    <message>
        <source>Reading online endpoint '%1'</source>
        <translation>Reading online endpoint '%1'</translation>
    </message>
    <message>
        <source>Nothing was changed: the endpoint could not be read.</source>
        <translation>Nothing was changed: the endpoint could not be read.</translation>
    </message>
    <message>
        <source>Online endpoint '%1' has no deployment: there is no model in production to roll out from. Deploy one first.</source>
        <translation>Online endpoint '%1' has no deployment: there is no model in production to roll out from. Deploy one first.</translation>
    </message>
    <message>
        <source>No deployment of online endpoint '%1' receives traffic, so none is in production to roll out from. Give one traffic first.</source>
        <translation>No deployment of online endpoint '%1' receives traffic, so none is in production to roll out from. Give one traffic first.</translation>
    </message>
    <message>
        <source>Reading job '%1'</source>
        <translation>Reading job '%1'</translation>
    </message>
    <message>
        <source>Job '%1' is %2, not Completed: its model cannot be rolled out.</source>
        <translation>Job '%1' is %2, not Completed: its model cannot be rolled out.</translation>
    </message>
    <message>
        <source>Deployment '%1' serves '%2', which is not a model version of workspace '%3': name the model to register.</source>
        <translation>Deployment '%1' serves '%2', which is not a model version of workspace '%3': name the model to register.</translation>
    </message>
    <message>
        <source>Listing the versions of model %1</source>
        <translation>Listing the versions of model %1</translation>
    </message>
    <message>
        <source>Reading model %1 version %2</source>
        <translation>Reading model %1 version %2</translation>
    </message>
    <message>
        <source>Model %1 version %2 could not be read, so it is not in the backup: %3</source>
        <translation>Model %1 version %2 could not be read, so it is not in the backup: %3</translation>
    </message>
    <message>
        <source>'%1' already has all the traffic and serves model %2 version %3: nothing to do.</source>
        <translation>'%1' already has all the traffic and serves model %2 version %3: nothing to do.</translation>
    </message>
    <message>
        <source>Deployment '%1' already exists on online endpoint '%2' and serves %3: name another deployment for the new model.</source>
        <translation>Deployment '%1' already exists on online endpoint '%2' and serves %3: name another deployment for the new model.</translation>
    </message>
    <message>
        <source>Deployment '%1' already serves model %2 version %3, so it is used instead of '%4'.</source>
        <translation>Deployment '%1' already serves model %2 version %3, so it is used instead of '%4'.</translation>
    </message>
    <message>
        <source>Deployment '%1' was not smoke-tested (skipped on request).</source>
        <translation>Deployment '%1' was not smoke-tested (skipped on request).</translation>
    </message>
    <message>
        <source>Scoring %1 sample rows on '%2' and on '%3' (through the azureml-model-deployment header, whatever their traffic)</source>
        <translation>Scoring %1 sample rows on '%2' and on '%3' (through the azureml-model-deployment header, whatever their traffic)</translation>
    </message>
    <message>
        <source>The smoke test of deployment '%1' failed: the roll-out stopped before moving traffic to it.</source>
        <translation>The smoke test of deployment '%1' failed: the roll-out stopped before moving traffic to it.</translation>
    </message>
    <message>
        <source>'%1' has all the traffic of online endpoint '%2' and serves model %3 version %4.</source>
        <translation>'%1' has all the traffic of online endpoint '%2' and serves model %3 version %4.</translation>
    </message>
    <message>
        <source>Stopped on request before stage %1 of %2 (%3 % to '%4'). Run the roll-out again to go on.</source>
        <translation>Stopped on request before stage %1 of %2 (%3 % to '%4'). Run the roll-out again to go on.</translation>
    </message>
    <message>
        <source>Stage %1 of %2: %3 % of the traffic to '%4' (%5)</source>
        <translation>Stage %1 of %2: %3 % of the traffic to '%4' (%5)</translation>
    </message>
    <message>
        <source>Stage %1 (%2 % of the traffic to '%3')</source>
        <translation>Stage %1 (%2 % of the traffic to '%3')</translation>
    </message>
    <message>
        <source>%1 reported success, but the traffic did not change; the roll-out stopped there.</source>
        <translation>%1 reported success, but the traffic did not change; the roll-out stopped there.</translation>
    </message>
    <message>
        <source>%1 may or may not have taken effect: the traffic could not be read back. Check the endpoint before anything else.</source>
        <translation>%1 may or may not have taken effect: the traffic could not be read back. Check the endpoint before anything else.</translation>
    </message>
    <message>
        <source>%1 failed; the roll-out stopped there.</source>
        <translation>%1 failed; the roll-out stopped there.</translation>
    </message>
    <message>
        <source>Reading online endpoint '%1' and its deployments</source>
        <translation>Reading online endpoint '%1' and its deployments</translation>
    </message>
    <message>
        <source>The endpoint could not be read again (%1); what follows is what was last read.</source>
        <translation>The endpoint could not be read again (%1); what follows is what was last read.</translation>
    </message>
    <message>
        <source>Traffic: %1.</source>
        <translation>Traffic: %1.</translation>
    </message>
    <message>
        <source>Traffic: unknown (last read: %1).</source>
        <translation>Traffic: unknown (last read: %1).</translation>
    </message>
    <message>
        <source>Deployments: %1.</source>
        <translation>Deployments: %1.</translation>
    </message>
    <message>
        <source>Backup: %1.</source>
        <translation>Backup: %1.</translation>
    </message>
</context>
<context>
    <name>mlr::azureml::ScoringAccessJob</name>
    <message>
        <source>Online endpoint %1 has no scoring URI yet (provisioning state %2).</source>
        <translation>Online endpoint %1 has no scoring URI yet (provisioning state %2).</translation>
    </message>
    <message>
        <source>Online endpoint %1 takes Microsoft Entra tokens (AADToken), and there is no sign-in for https://ml.azure.com.</source>
        <translation>Online endpoint %1 takes Microsoft Entra tokens (AADToken), and there is no sign-in for https://ml.azure.com.</translation>
    </message>
    <message>
        <source>Online endpoint %1 has the unknown authentication mode '%2'.</source>
        <translation>Online endpoint %1 has the unknown authentication mode '%2'.</translation>
    </message>
    <message>
        <source>the scoring key of online endpoint %1</source>
        <translation>the scoring key of online endpoint %1</translation>
    </message>
    <message>
        <source>The answer for the scoring key of online endpoint %1 has no %2.</source>
        <translation>The answer for the scoring key of online endpoint %1 has no %2.</translation>
    </message>
    <message>
        <source>Getting a Microsoft Entra token for https://ml.azure.com (online endpoint %1 takes AADToken)</source>
        <translation>Getting a Microsoft Entra token for https://ml.azure.com (online endpoint %1 takes AADToken)</translation>
    </message>
</context>
<context>
    <name>mlr::azureml::TrafficJob</name>
    <message>
        <source>Reading online endpoint '%1' of workspace '%2'</source>
        <translation>Reading online endpoint '%1' of workspace '%2'</translation>
    </message>
    <message>
        <source>Setting the traffic of online endpoint '%1' to %2 (it is %3)</source>
        <translation>Setting the traffic of online endpoint '%1' to %2 (it is %3)</translation>
    </message>
    <message>
        <source>Reading the traffic of online endpoint '%1' back</source>
        <translation>Reading the traffic of online endpoint '%1' back</translation>
    </message>
    <message>
        <source>The traffic change to %1 reported success, but online endpoint '%2' still has %3: the change did not take effect.</source>
        <translation>The traffic change to %1 reported success, but online endpoint '%2' still has %3: the change did not take effect.</translation>
    </message>
    <message>
        <source>Verifying the traffic of online endpoint '%1'</source>
        <translation>Verifying the traffic of online endpoint '%1'</translation>
    </message>
</context>
<context>
    <name>mlr::azureml::TrainingSchemaJob</name>
    <message>
        <source>Model %1 version %2 is at %3, which is not a path of datastore %4: its signature cannot be read to check the new data (use --skip-check).</source>
        <translation>Model %1 version %2 is at %3, which is not a path of datastore %4: its signature cannot be read to check the new data (use --skip-check).</translation>
    </message>
    <message>
        <source>Reading the MLmodel file of model %1 version %2</source>
        <translation>Reading the MLmodel file of model %1 version %2</translation>
    </message>
</context>
<context>
    <name>mlr::azureml::WorkspaceGetJob</name>
    <message>
        <source>the answer is not a JSON object (%1)</source>
        <translation>the answer is not a JSON object (%1)</translation>
    </message>
    <message>
        <source>the list's nextLink leads elsewhere or never ends (%1)</source>
        <translation>the list's nextLink leads elsewhere or never ends (%1)</translation>
    </message>
    <message>
        <source>%1 is not on the Azure Resource Manager host</source>
        <translation>%1 is not on the Azure Resource Manager host</translation>
    </message>
</context>
<context>
    <name>mlr::azureml::WorkspaceWriteJob</name>
    <message>
        <source>Waiting for: %1</source>
        <translation>Waiting for: %1</translation>
    </message>
</context>
<context>
    <name>mlr::cli::AmlCommand</name>
    <message>
        <source>Profile '%1' is for Azure Machine Learning Studio (classic): the %2 commands are for an Azure Machine Learning workspace (a profile of kind azureml, e.g. 'profile from-sandbox FILE --kind azureml').</source>
        <translation>Profile '%1' is for Azure Machine Learning Studio (classic): the %2 commands are for an Azure Machine Learning workspace (a profile of kind azureml, e.g. 'profile from-sandbox FILE --kind azureml').</translation>
    </message>
</context>
<context>
    <name>mlr::cli::AmlEvaluateCommand</name>
    <message>
        <source>comparing job %1 with model %2 version %3 (deployment %4 of %5)</source>
        <translation>comparing job %1 with model %2 version %3 (deployment %4 of %5)</translation>
    </message>
</context>
<context>
    <name>mlr::cli::AmlJobCommand</name>
    <message>
        <source>Job %1 was submitted to workspace %2, and profile '%3' now points at %4.</source>
        <translation>Job %1 was submitted to workspace %2, and profile '%3' now points at %4.</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>job %1</translation>
    </message>
    <message>
        <source>the job journal could not be updated: %1</source>
        <translation>the job journal could not be updated: %1</translation>
    </message>
    <message>
        <source>the service reported an unknown status '%1'</source>
        <translation>the service reported an unknown status '%1'</translation>
    </message>
    <message>
        <source>cancelling job %1</source>
        <translation>cancelling job %1</translation>
    </message>
</context>
<context>
    <name>mlr::cli::AmlSubmitCommand</name>
    <message>
        <source>'retrain submit' needs --input FILE (the training data).</source>
        <translation>'retrain submit' needs --input FILE (the training data).</translation>
    </message>
    <message>
        <source>The file '%1' does not exist or cannot be read.</source>
        <translation>The file '%1' does not exist or cannot be read.</translation>
    </message>
    <message>
        <source>Profile '%1' names no online endpoint: give --endpoint NAME or set it with '%2 profile set "%1" endpoint=NAME'.</source>
        <translation>Profile '%1' names no online endpoint: give --endpoint NAME or set it with '%2 profile set "%1" endpoint=NAME'.</translation>
    </message>
    <message>
        <source>finding the model in production behind online endpoint %1</source>
        <translation>finding the model in production behind online endpoint %1</translation>
    </message>
    <message>
        <source>in production: model %1 version %2 (deployment %3); re-running the job of %4</source>
        <translation>in production: model %1 version %2 (deployment %3); re-running the job of %4</translation>
    </message>
    <message>
        <source>in production: model %1 version %2 (deployment %3), trained by job %4</source>
        <translation>in production: model %1 version %2 (deployment %3), trained by job %4</translation>
    </message>
    <message>
        <source>data check skipped (--skip-check)</source>
        <translation>data check skipped (--skip-check)</translation>
    </message>
    <message>
        <source>checking %1 against the input of model %2 version %3</source>
        <translation>checking %1 against the input of model %2 version %3</translation>
    </message>
    <message>
        <source>uploading to datastore %1 (container %2)</source>
        <translation>uploading to datastore %1 (container %2)</translation>
    </message>
    <message>
        <source>submitting the job (a re-run of %1 on %2)</source>
        <translation>submitting the job (a re-run of %1 on %2)</translation>
    </message>
    <message>
        <source>upload</source>
        <translation>upload</translation>
    </message>
    <message>
        <source>job %1 may have been created; see '%2 retrain status %1'</source>
        <translation>job %1 may have been created; see '%2 retrain status %1'</translation>
    </message>
    <message>
        <source>job %1 created; waiting for it to end (Ctrl+C stops waiting, the job goes on)</source>
        <translation>job %1 created; waiting for it to end (Ctrl+C stops waiting, the job goes on)</translation>
    </message>
    <message>
        <source>Model %1 version %2 (deployment %3) names no training job (jobName), so there is no job to re-run on the new data: give the job's definition with --job-file FILE (the JSON of GET jobs/{name}, or its "properties", or an az ml job create --file YAML).</source>
        <translation>Model %1 version %2 (deployment %3) names no training job (jobName), so there is no job to re-run on the new data: give the job's definition with --job-file FILE (the JSON of GET jobs/{name}, or its "properties", or an az ml job create --file YAML).</translation>
    </message>
</context>
<context>
    <name>mlr::cli::AzureSignIn</name>
    <message>
        <source>--remember keeps the sign-in of --device-code: add --device-code (a remembered sign-in is then used without it).</source>
        <translation>--remember keeps the sign-in of --device-code: add --device-code (a remembered sign-in is then used without it).</translation>
    </message>
    <message>
        <source>Signing in to Azure (profile '%1')</source>
        <translation>Signing in to Azure (profile '%1')</translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation>To sign in, open %1 and enter the code %2.</translation>
    </message>
    <message>
        <source>the Azure sign-in is remembered in the keychain for profile '%1': later commands use it without --device-code</source>
        <translation>the Azure sign-in is remembered in the keychain for profile '%1': later commands use it without --device-code</translation>
    </message>
    <message>
        <source>No client secret and no remembered sign-in for signing in to Azure: set the profile's clientSecret (keychain) or AZURE_CLIENT_SECRET, or sign in with --device-code (and --remember to stay signed in).</source>
        <translation>No client secret and no remembered sign-in for signing in to Azure: set the profile's clientSecret (keychain) or AZURE_CLIENT_SECRET, or sign in with --device-code (and --remember to stay signed in).</translation>
    </message>
    <message>
        <source>signing in to Azure with the sign-in remembered for profile '%1'</source>
        <translation>signing in to Azure with the sign-in remembered for profile '%1'</translation>
    </message>
    <message>
        <source>The sign-in remembered for profile '%1' no longer works (sign in again with --device-code --remember)</source>
        <translation>The sign-in remembered for profile '%1' no longer works (sign in again with --device-code --remember)</translation>
    </message>
    <message>
        <source>the sign-in gave no refresh token: it cannot be remembered</source>
        <translation>the sign-in gave no refresh token: it cannot be remembered</translation>
    </message>
    <message>
        <source>signed in, but the sign-in could not be remembered: %1</source>
        <translation>signed in, but the sign-in could not be remembered: %1</translation>
    </message>
    <message>
        <source>signed in, but the sign-in is not remembered: %1</source>
        <translation>signed in, but the sign-in is not remembered: %1</translation>
    </message>
</context>
<context>
    <name>mlr::cli::CheckCommand</name>
    <message>
        <source>Profile '%1' has no trainingBatchUrl: set it with '%2 profile set "%1" trainingBatchUrl=URL'.</source>
        <translation>Profile '%1' has no trainingBatchUrl: set it with '%2 profile set "%1" trainingBatchUrl=URL'.</translation>
    </message>
    <message>
        <source>'%1' is not a file.</source>
        <translation>'%1' is not a file.</translation>
    </message>
    <message>
        <source>the predictive service's description could not be read (%1); the label column is not checked</source>
        <translation>the predictive service's description could not be read (%1); the label column is not checked</translation>
    </message>
    <message>
        <source>The service URL of profile '%1' names no web service.</source>
        <translation>The service URL of profile '%1' names no web service.</translation>
    </message>
    <message>
        <source>check</source>
        <translation>check</translation>
    </message>
    <message numerus="yes">
        <source>The data check found %n error(s) in '%1'.</source>
        <translation><numerusform>The data check found %n error in '%1'.</numerusform><numerusform>The data check found %n errors in '%1'.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n data row(s), %2 column(s), label '%3' (%4 rows type-checked): %5 error(s), %6 warning(s).</source>
        <translation><numerusform>%1: %n data row, %2 column(s), label '%3' (%4 rows type-checked): %5 error(s), %6 warning(s).</numerusform><numerusform>%1: %n data rows, %2 column(s), label '%3' (%4 rows type-checked): %5 error(s), %6 warning(s).</numerusform></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message numerus="yes">
        <source>OK: storage account '%1' at %2 answered (%3, from %4); %n container(s).</source>
        <translation><numerusform>OK: storage account '%1' at %2 answered (%3, from %4); %n container.</numerusform><numerusform>OK: storage account '%1' at %2 answered (%3, from %4); %n containers.</numerusform></translation>
    </message>
</context>
<context>
    <name>mlr::cli::Command</name>
    <message>
        <source>There is no profile named '%1' (see '%2 profile list').</source>
        <translation>There is no profile named '%1' (see '%2 profile list').</translation>
    </message>
    <message>
        <source>The operation failed for an unknown reason.</source>
        <translation>The operation failed for an unknown reason.</translation>
    </message>
    <message>
        <source>
The services come from the profile (--profile, default the last used one); their API keys from the keychain (profile secrets trainingApiKey, predictiveApiKey) or the environment variables %1 and %2.</source>
        <translation>
The services come from the profile (--profile, default the last used one); their API keys from the keychain (profile secrets trainingApiKey, predictiveApiKey) or the environment variables %1 and %2.</translation>
    </message>
    <message>
        <source>Check a CSV against the training service's inputs, without uploading it.</source>
        <translation>Check a CSV against the training service's inputs, without uploading it.</translation>
    </message>
    <message>
        <source>Reads the training service's swagger.json (from trainingBatchUrl) and checks the file: encoding, header (missing, extra and duplicate columns), the label column, the column count of every row, and the values of every number, integer and boolean column. Every problem is printed with its line and column. Exit 0 when there is no error (warnings allowed), 1 otherwise.</source>
        <translation>Reads the training service's swagger.json (from trainingBatchUrl) and checks the file: encoding, header (missing, extra and duplicate columns), the label column, the column count of every row, and the values of every number, integer and boolean column. Every problem is printed with its line and column. Exit 0 when there is no error (warnings allowed), 1 otherwise.</translation>
    </message>
    <message>
        <source>The CSV file to check.</source>
        <translation>The CSV file to check.</translation>
    </message>
    <message>
        <source>The label column (default: the column the training service takes and the predictive one does not).</source>
        <translation>The label column (default: the column the training service takes and the predictive one does not).</translation>
    </message>
    <message>
        <source>Compare a finished job's new model with the one in production on the same rows.</source>
        <translation>Compare a finished job's new model with the one in production on the same rows.</translation>
    </message>
    <message>
        <source>Downloads the job's evaluation and scored outputs (through the job's results, or the profile's storage account), scores the same rows with the predictive service in production (RRS, in batches), and prints both models' metrics, the deltas and the promotion gate's verdict. Exit 0 when the gate passes, %1 when it fails, 1 on errors.</source>
        <translation>Downloads the job's evaluation and scored outputs (through the job's results, or the profile's storage account), scores the same rows with the predictive service in production (RRS, in batches), and prints both models' metrics, the deltas and the promotion gate's verdict. Exit 0 when the gate passes, %1 when it fails, 1 on errors.</translation>
    </message>
    <message>
        <source>The job id (see 'retrain jobs').</source>
        <translation>The job id (see 'retrain jobs').</translation>
    </message>
    <message>
        <source>The label column of the scored rows (default: inferred).</source>
        <translation>The label column of the scored rows (default: inferred).</translation>
    </message>
    <message>
        <source>Promotion rules instead of the profile's promotionGate, e.g. "AUC loss &lt;= 0.01; Accuracy &gt;= 0.7".</source>
        <translation>Promotion rules instead of the profile's promotionGate, e.g. "AUC loss &lt;= 0.01; Accuracy &gt;= 0.7".</translation>
    </message>
    <message>
        <source>The timeline of jobs, evaluations, updates and rollbacks on this computer, newest first.</source>
        <translation>The timeline of jobs, evaluations, updates and rollbacks on this computer, newest first.</translation>
    </message>
    <message>
        <source>Only the events of this service.</source>
        <translation>Only the events of this service.</translation>
    </message>
    <message>
        <source>Only the events of this job.</source>
        <translation>Only the events of this job.</translation>
    </message>
    <message>
        <source>Write the decision report of a job (metrics, gate verdict, update, rollback handle).</source>
        <translation>Write the decision report of a job (metrics, gate verdict, update, rollback handle).</translation>
    </message>
    <message>
        <source>
The format follows FILE's extension: .html or .pdf.</source>
        <translation>
The format follows FILE's extension: .html or .pdf.</translation>
    </message>
    <message>
        <source>The retraining job.</source>
        <translation>The retraining job.</translation>
    </message>
    <message>
        <source>The report file (.html or .pdf).</source>
        <translation>The report file (.html or .pdf).</translation>
    </message>
    <message>
        <source>no keychain is available</source>
        <translation>no keychain is available</translation>
    </message>
    <message>
        <source>
The training service (trainingBatchUrl, trainingServiceName) and the container come from the profile (--profile, default the last used one); its API key from the keychain (profile secret trainingApiKey) or the environment variable %1; the storage account as for the storage commands. Jobs are recorded in the job journal (jobs.json in the application data folder, or $MLR_DATA_DIR).</source>
        <translation>
The training service (trainingBatchUrl, trainingServiceName) and the container come from the profile (--profile, default the last used one); its API key from the keychain (profile secret trainingApiKey) or the environment variable %1; the storage account as for the storage commands. Jobs are recorded in the job journal (jobs.json in the application data folder, or $MLR_DATA_DIR).</translation>
    </message>
    <message>
        <source>Check a CSV, upload it and run the retraining web service on it (prints the job id).</source>
        <translation>Check a CSV, upload it and run the retraining web service on it (prints the job id).</translation>
    </message>
    <message>
        <source>
The blobs go to CONTAINER/SERVICE/YYYYMMDD-HHMMSS-XXXX/ (XXXX: 4 random hex digits; input.csv, model.ilearner, evaluation.csv, scored.csv). The job gets short-lived SAS references (read-only for the input, create+write for each output) unless --connection-string-refs is given.</source>
        <translation>
The blobs go to CONTAINER/SERVICE/YYYYMMDD-HHMMSS-XXXX/ (XXXX: 4 random hex digits; input.csv, model.ilearner, evaluation.csv, scored.csv). The job gets short-lived SAS references (read-only for the input, create+write for each output) unless --connection-string-refs is given.</translation>
    </message>
    <message>
        <source>The training data (CSV).</source>
        <translation>The training data (CSV).</translation>
    </message>
    <message>
        <source>A global parameter of the service (repeatable); others keep their defaults.</source>
        <translation>A global parameter of the service (repeatable); others keep their defaults.</translation>
    </message>
    <message>
        <source>Blob (in the profile's container) for an output, instead of the generated one (repeatable).</source>
        <translation>Blob (in the profile's container) for an output, instead of the generated one (repeatable).</translation>
    </message>
    <message>
        <source>The label column for the data check (default: inferred).</source>
        <translation>The label column for the data check (default: inferred).</translation>
    </message>
    <message>
        <source>Do not check the data before uploading it.</source>
        <translation>Do not check the data before uploading it.</translation>
    </message>
    <message>
        <source>Follow the job to its end (exit 1 unless it finished).</source>
        <translation>Follow the job to its end (exit 1 unless it finished).</translation>
    </message>
    <message>
        <source>Give the job the account-key connection string instead of SAS references.</source>
        <translation>Give the job the account-key connection string instead of SAS references.</translation>
    </message>
    <message>
        <source>Show a job's state, outputs and the service's details.</source>
        <translation>Show a job's state, outputs and the service's details.</translation>
    </message>
    <message>
        <source>Follow a job to its end (exit 0 when it finished, 1 when it failed or was cancelled).</source>
        <translation>Follow a job to its end (exit 0 when it finished, 1 when it failed or was cancelled).</translation>
    </message>
    <message>
        <source>Cancel a job that has not ended.</source>
        <translation>Cancel a job that has not ended.</translation>
    </message>
    <message>
        <source>List the jobs of the job journal.</source>
        <translation>List the jobs of the job journal.</translation>
    </message>
    <message>
        <source>Web service name.</source>
        <translation>Web service name.</translation>
    </message>
    <message>
        <source>Apply without asking.</source>
        <translation>Apply without asking.</translation>
    </message>
    <message>
        <source>Also print the equivalent curl and PowerShell commands.</source>
        <translation>Also print the equivalent curl and PowerShell commands.</translation>
    </message>
    <message>
        <source>The trained model asset id, when several.</source>
        <translation>The trained model asset id, when several.</translation>
    </message>
    <message>
        <source>Replace an existing service or file.</source>
        <translation>Replace an existing service or file.</translation>
    </message>
    <message>
        <source>The commitment plan's resource id (exported definitions do not carry it).</source>
        <translation>The commitment plan's resource id (exported definitions do not carry it).</translation>
    </message>
    <message>
        <source>List the web services.</source>
        <translation>List the web services.</translation>
    </message>
    <message>
        <source>Show a web service (--json: the whole definition).</source>
        <translation>Show a web service (--json: the whole definition).</translation>
    </message>
    <message>
        <source>Export a definition (Export-AzMlWebService form).</source>
        <translation>Export a definition (Export-AzMlWebService form).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>Create a web service from a definition file (Import-AzMlWebService + New-AzMlWebService).</source>
        <translation>Create a web service from a definition file (Import-AzMlWebService + New-AzMlWebService).</translation>
    </message>
    <message>
        <source>The definition file.</source>
        <translation>The definition file.</translation>
    </message>
    <message>
        <source>Create a web service from a definition file, or a service pair from a template.</source>
        <translation>Create a web service from a definition file, or a service pair from a template.</translation>
    </message>
    <message>
        <source>mlstudio-local only: create NAME-retraining and NAME-predictive from a template (two-class, regression); the profile then uses them.</source>
        <translation>mlstudio-local only: create NAME-retraining and NAME-predictive from a template (two-class, regression); the profile then uses them.</translation>
    </message>
    <message>
        <source>With --template: the CSV (schema and first training).</source>
        <translation>With --template: the CSV (schema and first training).</translation>
    </message>
    <message>
        <source>With --template: the label column.</source>
        <translation>With --template: the label column.</translation>
    </message>
    <message>
        <source>With --template: the Studio learner module (optional).</source>
        <translation>With --template: the Studio learner module (optional).</translation>
    </message>
    <message>
        <source>
Without --yes: the guard, the diff and the gate verdict, then a question on a terminal (refused otherwise).</source>
        <translation>
Without --yes: the guard, the diff and the gate verdict, then a question on a terminal (refused otherwise).</translation>
    </message>
    <message>
        <source>The retraining job (from the job journal).</source>
        <translation>The retraining job (from the job journal).</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>The backup file.</translation>
    </message>
    <message>
        <source>Score the service's sample rows through the profile's predictive service.</source>
        <translation>Score the service's sample rows through the profile's predictive service.</translation>
    </message>
    <message>
        <source>
The API key: the profile's predictiveApiKey (keychain) or MLR_PREDICTIVE_API_KEY.</source>
        <translation>
The API key: the profile's predictiveApiKey (keychain) or MLR_PREDICTIVE_API_KEY.</translation>
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
        <source>'%1' is not a job id.</source>
        <translation>'%1' is not a job id.</translation>
    </message>
    <message>
        <source>Job %1 is not in the job journal (%2): only jobs submitted from this computer are known.</source>
        <translation>Job %1 is not in the job journal (%2): only jobs submitted from this computer are known.</translation>
    </message>
    <message>
        <source>job %1: %2 (%3)</source>
        <translation>job %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Job %1 failed%2</source>
        <translation>Job %1 failed%2</translation>
    </message>
    <message>
        <source>Job %1 was cancelled%2</source>
        <translation>Job %1 was cancelled%2</translation>
    </message>
    <message>
        <source>Job %1 ended in an unknown state ('%2')</source>
        <translation>Job %1 ended in an unknown state ('%2')</translation>
    </message>
    <message>
        <source>No API key for the predictive service: set the profile's predictiveApiKey (keychain) or %1.</source>
        <translation>No API key for the predictive service: set the profile's predictiveApiKey (keychain) or %1.</translation>
    </message>
    <message>
        <source>Create the container with '%1 storage mkcontainer NAME'.</source>
        <translation>Create the container with '%1 storage mkcontainer NAME'.</translation>
    </message>
    <message>
        <source>Create it with '%1 storage mkcontainer %2'.</source>
        <translation>Create it with '%1 storage mkcontainer %2'.</translation>
    </message>
    <message>
        <source>Until then, give the commands the secrets in these environment variables (the values are in %1):</source>
        <translation>Until then, give the commands the secrets in these environment variables (the values are in %1):</translation>
    </message>
    <message>
        <source>  AZURE_STORAGE_CONNECTION_STRING  the storage account (storage, retrain submit and evaluate)</source>
        <translation>  AZURE_STORAGE_CONNECTION_STRING  the storage account (storage, retrain submit and evaluate)</translation>
    </message>
    <message>
        <source>  MLR_TRAINING_API_KEY             the retraining service's key (retrain)</source>
        <translation>  MLR_TRAINING_API_KEY             the retraining service's key (retrain)</translation>
    </message>
    <message>
        <source>  MLR_PREDICTIVE_API_KEY           the predictive service's key (retrain evaluate, service smoke and update)</source>
        <translation>  MLR_PREDICTIVE_API_KEY           the predictive service's key (retrain evaluate, service smoke and update)</translation>
    </message>
    <message>
        <source>  AZURE_CLIENT_SECRET              the sign-in to Azure (service commands)</source>
        <translation>  AZURE_CLIENT_SECRET              the sign-in to Azure (service commands)</translation>
    </message>
    <message>
        <source>or store them once a keychain is available with '%1 profile set NAME KEY=-'.</source>
        <translation>or store them once a keychain is available with '%1 profile set NAME KEY=-'.</translation>
    </message>
    <message>
        <source>Point a predictive service at a retraining job's model: guarded (a finished job of its own pair, whose model exists and fits), backed up, verified, smoke-tested (rolled back automatically when the service then fails to score).</source>
        <translation>Point a predictive service at a retraining job's model: guarded (a finished job of its own pair, whose model exists and fits), backed up, verified, smoke-tested (rolled back automatically when the service then fails to score).</translation>
    </message>
    <message>
        <source>Put back the model of a backup (default: the newest whose model exists and is not the current one).</source>
        <translation>Put back the model of a backup (default: the newest whose model exists and is not the current one).</translation>
    </message>
    <message>
        <source>With --template: numeric columns typed Integer, comma-separated; the others are Number (floating point) even when the CSV holds only whole numbers.</source>
        <translation>With --template: numeric columns typed Integer, comma-separated; the others are Number (floating point) even when the CSV holds only whole numbers.</translation>
    </message>
    <message>
        <source>Show an Azure Machine Learning online endpoint: its traffic, its deployments and the model in production with the job that trained it.</source>
        <translation>Show an Azure Machine Learning online endpoint: its traffic, its deployments and the model in production with the job that trained it.</translation>
    </message>
    <message>
        <source>The endpoint (default: the profile's endpoint).</source>
        <translation>The endpoint (default: the profile's endpoint).</translation>
    </message>
    <message>
        <source>Do it without asking.</source>
        <translation>Do it without asking.</translation>
    </message>
    <message>
        <source>Also print the equivalent curl and az ml commands.</source>
        <translation>Also print the equivalent curl and az ml commands.</translation>
    </message>
    <message>
        <source>List the online endpoints of the workspace with their traffic.</source>
        <translation>List the online endpoints of the workspace with their traffic.</translation>
    </message>
    <message>
        <source>Roll a retrained model out blue/green: register it, deploy it at 0 %, smoke-test it, then move the traffic in stages, each read back.</source>
        <translation>Roll a retrained model out blue/green: register it, deploy it at 0 %, smoke-test it, then move the traffic in stages, each read back.</translation>
    </message>
    <message>
        <source>
The endpoint and every deployment are backed up first (in the history folder's backups). Without --yes each step is asked for on the terminal. A re-run continues where one stopped: nothing is created twice.</source>
        <translation>
The endpoint and every deployment are backed up first (in the history folder's backups). Without --yes each step is asked for on the terminal. A re-run continues where one stopped: nothing is created twice.</translation>
    </message>
    <message>
        <source>The retraining job whose model goes out (Completed).</source>
        <translation>The retraining job whose model goes out (Completed).</translation>
    </message>
    <message>
        <source>The new deployment's share of the traffic at each stage, in percent (default 10,100).</source>
        <translation>The new deployment's share of the traffic at each stage, in percent (default 10,100).</translation>
    </message>
    <message>
        <source>Stop after the stage that gives the new deployment this share (a canary); a re-run goes on from there.</source>
        <translation>Stop after the stage that gives the new deployment this share (a canary); a re-run goes on from there.</translation>
    </message>
    <message>
        <source>Rows to smoke-test with (default: the job's training CSV of the journal).</source>
        <translation>Rows to smoke-test with (default: the job's training CSV of the journal).</translation>
    </message>
    <message>
        <source>The new deployment's name (default: green, or blue).</source>
        <translation>The new deployment's name (default: green, or blue).</translation>
    </message>
    <message>
        <source>The model to register (default: the one in production).</source>
        <translation>The model to register (default: the one in production).</translation>
    </message>
    <message>
        <source>Do not smoke-test the new deployment.</source>
        <translation>Do not smoke-test the new deployment.</translation>
    </message>
    <message>
        <source>Roll out even when the job's evaluation failed the promotion gate.</source>
        <translation>Roll out even when the job's evaluation failed the promotion gate.</translation>
    </message>
    <message>
        <source>Set the endpoint's live traffic (one PUT, read back).</source>
        <translation>Set the endpoint's live traffic (one PUT, read back).</translation>
    </message>
    <message>
        <source>The share of each deployment (adding up to 100).</source>
        <translation>The share of each deployment (adding up to 100).</translation>
    </message>
    <message>
        <source>Put the traffic back as it was before the last roll-out (one PUT, read back).</source>
        <translation>Put the traffic back as it was before the last roll-out (one PUT, read back).</translation>
    </message>
    <message>
        <source>The roll-out backup to go back to (default: the newest).</source>
        <translation>The roll-out backup to go back to (default: the newest).</translation>
    </message>
    <message>
        <source>Delete the old deployment once the new one has all the traffic.</source>
        <translation>Delete the old deployment once the new one has all the traffic.</translation>
    </message>
    <message>
        <source>
The deployment defaults to the one the last roll-out replaced; as the rollback target it is deleted only with --yes.</source>
        <translation>
The deployment defaults to the one the last roll-out replaced; as the rollback target it is deleted only with --yes.</translation>
    </message>
    <message>
        <source>The deployment to delete.</source>
        <translation>The deployment to delete.</translation>
    </message>
    <message>
        <source>Score sample rows on the production deployment, or on another one through the header.</source>
        <translation>Score sample rows on the production deployment, or on another one through the header.</translation>
    </message>
    <message>
        <source>The rows to score (a CSV).</source>
        <translation>The rows to score (a CSV).</translation>
    </message>
    <message>
        <source>The deployment to score (compared with the production one).</source>
        <translation>The deployment to score (compared with the production one).</translation>
    </message>
    <message>
        <source>A column of the CSV to leave out (the label).</source>
        <translation>A column of the CSV to leave out (the label).</translation>
    </message>
    <message>
        <source>METRIC</source>
        <translation>METRIC</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEW</translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation>CURRENT</translation>
    </message>
    <message>
        <source>DELTA</source>
        <translation>DELTA</translation>
    </message>
    <message>
        <source>GATE</source>
        <translation>GATE</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>job %1: %2 model, label '%3', %4 rows scored by both models</source>
        <translation>job %1: %2 model, label '%3', %4 rows scored by both models</translation>
    </message>
    <message>
        <source>pass:</source>
        <translation>pass:</translation>
    </message>
    <message>
        <source>FAIL:</source>
        <translation>FAIL:</translation>
    </message>
    <message>
        <source>verdict: PASS - %1</source>
        <translation>verdict: PASS - %1</translation>
    </message>
    <message>
        <source>verdict: FAIL - %1</source>
        <translation>verdict: FAIL - %1</translation>
    </message>
    <message>
        <source>The model's name.</source>
        <translation>The model's name.</translation>
    </message>
    <message>
        <source>List the workspace's registered models, or the versions of model NAME (newest first).</source>
        <translation>List the workspace's registered models, or the versions of model NAME (newest first).</translation>
    </message>
    <message>
        <source>Show a model version (default: the latest): its type, files and the job that trained it.</source>
        <translation>Show a model version (default: the latest): its type, files and the job that trained it.</translation>
    </message>
    <message>
        <source>The version (default: the latest).</source>
        <translation>The version (default: the latest).</translation>
    </message>
    <message>
        <source>Until then, give the commands the secret in this environment variable (the value is in %1):</source>
        <translation>Until then, give the commands the secret in this environment variable (the value is in %1):</translation>
    </message>
    <message>
        <source>  AZURE_CLIENT_SECRET              the sign-in to Azure (every command of this profile; the workspace gives the key of its datastore)</source>
        <translation>  AZURE_CLIENT_SECRET              the sign-in to Azure (every command of this profile; the workspace gives the key of its datastore)</translation>
    </message>
    <message>
        <source>or store it once a keychain is available with '%1 profile set NAME clientSecret=-'.</source>
        <translation>or store it once a keychain is available with '%1 profile set NAME clientSecret=-'.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>job</source>
        <translation>job</translation>
    </message>
    <message>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>endpoint</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>workspace</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profile</translation>
    </message>
    <message>
        <source>input file</source>
        <translation>input file</translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation>parameter %1</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>started</source>
        <translation>started</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>details</source>
        <translation>details</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>column "%1"</source>
        <translation>column "%1"</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message numerus="yes">
        <source>data check passed: %n row(s)</source>
        <translation><numerusform>data check passed: %n row</numerusform><numerusform>data check passed: %n rows</numerusform></translation>
    </message>
    <message>
        <source>Azure ML profiles: the online endpoint whose production model is retrained (default: the profile's endpoint).</source>
        <translation>Azure ML profiles: the online endpoint whose production model is retrained (default: the profile's endpoint).</translation>
    </message>
    <message>
        <source>Azure ML profiles: the new job's name (default: ENDPOINT-retrain-YYYYMMDD-HHMMSS-XXXX).</source>
        <translation>Azure ML profiles: the new job's name (default: ENDPOINT-retrain-YYYYMMDD-HHMMSS-XXXX).</translation>
    </message>
    <message>
        <source>Azure ML profiles: the job input that takes the new data (default: training_data, or the job's only file or folder input).</source>
        <translation>Azure ML profiles: the job input that takes the new data (default: training_data, or the job's only file or folder input).</translation>
    </message>
    <message>
        <source>Nothing was changed: add --yes (standard input is not a terminal).</source>
        <translation>Nothing was changed: add --yes (standard input is not a terminal).</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>  stage %1 %: %2 (read back %3)</source>
        <translation>  stage %1 %: %2 (read back %3)</translation>
    </message>
    <message>
        <source>Smoke test at 0 %: %1</source>
        <translation>Smoke test at 0 %: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Backup: %1</translation>
    </message>
    <message>
        <source>Roll back with: %1 endpoint rollback %2 --yes</source>
        <translation>Roll back with: %1 endpoint rollback %2 --yes</translation>
    </message>
    <message numerus="yes">
        <source>The data check found %n error(s) in '%1'; nothing was uploaded.</source>
        <translation><numerusform>The data check found %n error in '%1'; nothing was uploaded.</numerusform><numerusform>The data check found %n errors in '%1'; nothing was uploaded.</numerusform></translation>
    </message>
    <message>
        <source>Azure ML profiles: also print the equivalent curl and az ml commands.</source>
        <translation>Azure ML profiles: also print the equivalent curl and az ml commands.</translation>
    </message>
    <message>
        <source>Azure ML profiles: upload with the profile's storage account (as the storage commands use it) instead of the key the workspace gives for its datastore.</source>
        <translation>Azure ML profiles: upload with the profile's storage account (as the storage commands use it) instead of the key the workspace gives for its datastore.</translation>
    </message>
    <message>
        <source>
For a profile of kind azureml. Sign-in as for the service commands: AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET, else the profile's tenant, client and the keychain's clientSecret, else the sign-in remembered by --device-code --remember; --device-code signs in with your account instead. Endpoints with authMode AADToken are scored with a token for https://ml.azure.com of the same sign-in.</source>
        <translation>
For a profile of kind azureml. Sign-in as for the service commands: AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET, else the profile's tenant, client and the keychain's clientSecret, else the sign-in remembered by --device-code --remember; --device-code signs in with your account instead. Endpoints with authMode AADToken are scored with a token for https://ml.azure.com of the same sign-in.</translation>
    </message>
    <message>
        <source>
Sign-in: the profile's loginUrl, tenantId and clientId with its client secret (keychain, clientSecret), or AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET as Azure Identity reads them; without a client secret, the sign-in remembered by --device-code --remember. --device-code signs in with your account instead. The services are the profile's subscription and resource group.</source>
        <translation>
Sign-in: the profile's loginUrl, tenantId and clientId with its client secret (keychain, clientSecret), or AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET as Azure Identity reads them; without a client secret, the sign-in remembered by --device-code --remember. --device-code signs in with your account instead. The services are the profile's subscription and resource group.</translation>
    </message>
    <message>
        <source>Sign in with your account (device code flow): open the URL printed on stderr and enter the code; the command goes on once it is approved. Default: the client secret, else the remembered sign-in.</source>
        <translation>Sign in with your account (device code flow): open the URL printed on stderr and enter the code; the command goes on once it is approved. Default: the client secret, else the remembered sign-in.</translation>
    </message>
    <message>
        <source>With --device-code: keep the sign-in (its refresh token) in the keychain, so later commands of this profile sign in without --device-code. Default: not kept (clear it with 'profile set NAME refreshToken=').</source>
        <translation>With --device-code: keep the sign-in (its refresh token) in the keychain, so later commands of this profile sign in without --device-code. Default: not kept (clear it with 'profile set NAME refreshToken=').</translation>
    </message>
    <message>
        <source>Azure ML profiles: the job to re-run, when the model in production names no job: the JSON of GET jobs/{name}, or an az ml job create --file command-job YAML (.yml, .yaml).</source>
        <translation>Azure ML profiles: the job to re-run, when the model in production names no job: the JSON of GET jobs/{name}, or an az ml job create --file command-job YAML (.yml, .yaml).</translation>
    </message>
</context>
<context>
    <name>mlr::cli::CommandLine</name>
    <message>
        <source>see '%1 --help'</source>
        <translation>see '%1 --help'</translation>
    </message>
    <message>
        <source>'%1' needs %2; %3</source>
        <translation>'%1' needs %2; %3</translation>
    </message>
    <message>
        <source>too many arguments for '%1' (unexpected '%2'); %3</source>
        <translation>too many arguments for '%1' (unexpected '%2'); %3</translation>
    </message>
    <message>
        <source>the destination FILE is empty; %1</source>
        <translation>the destination FILE is empty; %1</translation>
    </message>
    <message>
        <source>an argument of '%1' is empty; %2</source>
        <translation>an argument of '%1' is empty; %2</translation>
    </message>
    <message>
        <source>'%1' needs a command (%2); %3</source>
        <translation>'%1' needs a command (%2); %3</translation>
    </message>
    <message>
        <source>unknown command '%1' for '%2' (expected one of: %3); %4</source>
        <translation>unknown command '%1' for '%2' (expected one of: %3); %4</translation>
    </message>
    <message>
        <source>missing command group (%1); %2</source>
        <translation>missing command group (%1); %2</translation>
    </message>
    <message>
        <source>unknown command group '%1' (expected one of: %2); %3</source>
        <translation>unknown command group '%1' (expected one of: %2); %3</translation>
    </message>
    <message>
        <source>the blob is empty: expected CONTAINER/BLOB</source>
        <translation>the blob is empty: expected CONTAINER/BLOB</translation>
    </message>
    <message>
        <source>'%1' has no container: expected CONTAINER/BLOB</source>
        <translation>'%1' has no container: expected CONTAINER/BLOB</translation>
    </message>
    <message>
        <source>'%1' has no blob name: expected CONTAINER/BLOB</source>
        <translation>'%1' has no blob name: expected CONTAINER/BLOB</translation>
    </message>
    <message>
        <source>blob name '%1' ends with '/': expected CONTAINER/BLOB</source>
        <translation>blob name '%1' ends with '/': expected CONTAINER/BLOB</translation>
    </message>
    <message>
        <source>'%1' has no key: expected KEY=VALUE</source>
        <translation>'%1' has no key: expected KEY=VALUE</translation>
    </message>
    <message>
        <source>'%1' is not KEY=VALUE</source>
        <translation>'%1' is not KEY=VALUE</translation>
    </message>
    <message>
        <source>none; required</source>
        <translation>none; required</translation>
    </message>
    <message>
        <source>List the profiles as JSON:</source>
        <translation>List the profiles as JSON:</translation>
    </message>
    <message>
        <source>Show the profile "work":</source>
        <translation>Show the profile "work":</translation>
    </message>
    <message>
        <source>Point the profile "work" at a container and read its SAS from a file:</source>
        <translation>Point the profile "work" at a container and read its SAS from a file:</translation>
    </message>
    <message>
        <source>Clear a setting:</source>
        <translation>Clear a setting:</translation>
    </message>
    <message>
        <source>Delete the profile "old" and its secrets:</source>
        <translation>Delete the profile "old" and its secrets:</translation>
    </message>
    <message>
        <source>A profile for mlstudio-local's demo services:</source>
        <translation>A profile for mlstudio-local's demo services:</translation>
    </message>
    <message>
        <source>Check the storage account of the profile "work":</source>
        <translation>Check the storage account of the profile "work":</translation>
    </message>
    <message>
        <source>List the containers:</source>
        <translation>List the containers:</translation>
    </message>
    <message>
        <source>Create the container "training":</source>
        <translation>Create the container "training":</translation>
    </message>
    <message>
        <source>List the blobs under census/ in "training":</source>
        <translation>List the blobs under census/ in "training":</translation>
    </message>
    <message>
        <source>none (every blob)</source>
        <translation>none (every blob)</translation>
    </message>
    <message>
        <source>Upload a CSV under its own name:</source>
        <translation>Upload a CSV under its own name:</translation>
    </message>
    <message>
        <source>Upload with 16 MiB blocks, 4 at a time:</source>
        <translation>Upload with 16 MiB blocks, 4 at a time:</translation>
    </message>
    <message>
        <source>Download a blob into the current folder:</source>
        <translation>Download a blob into the current folder:</translation>
    </message>
    <message>
        <source>Check, upload and submit new training data, and wait for the job:</source>
        <translation>Check, upload and submit new training data, and wait for the job:</translation>
    </message>
    <message>
        <source>Set two of the service's global parameters:</source>
        <translation>Set two of the service's global parameters:</translation>
    </message>
    <message>
        <source>the service's own defaults</source>
        <translation>the service's own defaults</translation>
    </message>
    <message>
        <source>a blob next to the uploaded input (model.ilearner, ...)</source>
        <translation>a blob next to the uploaded input (model.ilearner, ...)</translation>
    </message>
    <message>
        <source>1    also: with --wait, the job failed or was cancelled</source>
        <translation>1    also: with --wait, the job failed or was cancelled</translation>
    </message>
    <message>
        <source>The state and outputs of a job:</source>
        <translation>The state and outputs of a job:</translation>
    </message>
    <message>
        <source>Wait for a job to end:</source>
        <translation>Wait for a job to end:</translation>
    </message>
    <message>
        <source>1    also: the job failed or was cancelled</source>
        <translation>1    also: the job failed or was cancelled</translation>
    </message>
    <message>
        <source>Cancel a running job:</source>
        <translation>Cancel a running job:</translation>
    </message>
    <message>
        <source>The jobs of this computer:</source>
        <translation>The jobs of this computer:</translation>
    </message>
    <message>
        <source>Check a CSV before submitting it:</source>
        <translation>Check a CSV before submitting it:</translation>
    </message>
    <message>
        <source>1    also: the data check found an error</source>
        <translation>1    also: the data check found an error</translation>
    </message>
    <message>
        <source>Compare a job's model with the one in production:</source>
        <translation>Compare a job's model with the one in production:</translation>
    </message>
    <message>
        <source>The same with a stricter gate, as JSON:</source>
        <translation>The same with a stricter gate, as JSON:</translation>
    </message>
    <message>
        <source>the profile's promotionGate</source>
        <translation>the profile's promotionGate</translation>
    </message>
    <message>
        <source>3    the new model failed the promotion gate</source>
        <translation>3    the new model failed the promotion gate</translation>
    </message>
    <message>
        <source>the service's only trained model asset</source>
        <translation>the service's only trained model asset</translation>
    </message>
    <message>
        <source>The web services of the profile:</source>
        <translation>The web services of the profile:</translation>
    </message>
    <message>
        <source>A service's whole definition:</source>
        <translation>A service's whole definition:</translation>
    </message>
    <message>
        <source>Export a definition to a file:</source>
        <translation>Export a definition to a file:</translation>
    </message>
    <message>
        <source>Create a copy of a service from an exported definition:</source>
        <translation>Create a copy of a service from an exported definition:</translation>
    </message>
    <message>
        <source>none (the file's own, if any)</source>
        <translation>none (the file's own, if any)</translation>
    </message>
    <message>
        <source>Create a service from a definition file:</source>
        <translation>Create a service from a definition file:</translation>
    </message>
    <message>
        <source>A retraining and predictive pair for a CSV (mlstudio-local):</source>
        <translation>A retraining and predictive pair for a CSV (mlstudio-local):</translation>
    </message>
    <message>
        <source>none; --definition or --template is required</source>
        <translation>none; --definition or --template is required</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>none; required with --template</source>
        <translation>none; required with --template</translation>
    </message>
    <message>
        <source>the template's learner</source>
        <translation>the template's learner</translation>
    </message>
    <message>
        <source>See the change, the guard and the gate verdict, then decide:</source>
        <translation>See the change, the guard and the gate verdict, then decide:</translation>
    </message>
    <message>
        <source>Apply it in a script, with the equivalent commands:</source>
        <translation>Apply it in a script, with the equivalent commands:</translation>
    </message>
    <message>
        <source>1    also: refused by the guard, not applied (no --yes), not verified, or the smoke test failed</source>
        <translation>1    also: refused by the guard, not applied (no --yes), not verified, or the smoke test failed</translation>
    </message>
    <message>
        <source>Put back the model of the newest backup:</source>
        <translation>Put back the model of the newest backup:</translation>
    </message>
    <message>
        <source>Put back the model of a given backup:</source>
        <translation>Put back the model of a given backup:</translation>
    </message>
    <message>
        <source>Score the sample rows:</source>
        <translation>Score the sample rows:</translation>
    </message>
    <message>
        <source>Everything that happened to a service:</source>
        <translation>Everything that happened to a service:</translation>
    </message>
    <message>
        <source>every service</source>
        <translation>every service</translation>
    </message>
    <message>
        <source>every job</source>
        <translation>every job</translation>
    </message>
    <message>
        <source>A job's decision report as PDF:</source>
        <translation>A job's decision report as PDF:</translation>
    </message>
    <message>
        <source>Connection profiles (settings in a file, secrets in the keychain).</source>
        <translation>Connection profiles (settings in a file, secrets in the keychain).</translation>
    </message>
    <message>
        <source>Azure Blob storage: check, containers, list, upload, download.</source>
        <translation>Azure Blob storage: check, containers, list, upload, download.</translation>
    </message>
    <message>
        <source>Retraining through the Batch Execution Service: check data, submit, follow, evaluate.</source>
        <translation>Retraining through the Batch Execution Service: check data, submit, follow, evaluate.</translation>
    </message>
    <message>
        <source>Web services through Azure Resource Manager: list, get, export, import, update, rollback, smoke.</source>
        <translation>Web services through Azure Resource Manager: list, get, export, import, update, rollback, smoke.</translation>
    </message>
    <message>
        <source>The timeline of jobs, evaluations, updates and rollbacks.</source>
        <translation>The timeline of jobs, evaluations, updates and rollbacks.</translation>
    </message>
    <message>
        <source>The decision report of a job, HTML or PDF.</source>
        <translation>The decision report of a job, HTML or PDF.</translation>
    </message>
    <message>
        <source>Profile name.</source>
        <translation>Profile name.</translation>
    </message>
    <message>
        <source>List the connection profiles.</source>
        <translation>List the connection profiles.</translation>
    </message>
    <message>
        <source>Show a profile's settings; secrets only as "set (keychain)" or "not set".</source>
        <translation>Show a profile's settings; secrets only as "set (keychain)" or "not set".</translation>
    </message>
    <message>
        <source>Create a profile or change its settings.</source>
        <translation>Create a profile or change its settings.</translation>
    </message>
    <message>
        <source>
Secret keys (accountKey, sas, trainingApiKey, predictiveApiKey, clientSecret) are stored in the OS keychain, never in the settings file; without a keychain they are refused.
A value given on the command line is visible to other users in the process list: write KEY=- to read the value from standard input instead (one line per KEY=-, in order; on a terminal it is asked for and not echoed), e.g.
  mlretrain-cli profile set work sas=- &lt; sas.txt
An empty value (KEY=) clears a setting or deletes a secret.</source>
        <translation>
Secret keys (accountKey, sas, trainingApiKey, predictiveApiKey, clientSecret) are stored in the OS keychain, never in the settings file; without a keychain they are refused.
A value given on the command line is visible to other users in the process list: write KEY=- to read the value from standard input instead (one line per KEY=-, in order; on a terminal it is asked for and not echoed), e.g.
  mlretrain-cli profile set work sas=- &lt; sas.txt
An empty value (KEY=) clears a setting or deletes a secret.</translation>
    </message>
    <message>
        <source>Settings to change; see 'mlretrain-cli profile show' for the keys.</source>
        <translation>Settings to change; see 'mlretrain-cli profile show' for the keys.</translation>
    </message>
    <message>
        <source>Delete a profile and its secrets in the keychain.</source>
        <translation>Delete a profile and its secrets in the keychain.</translation>
    </message>
    <message>
        <source>Profile name (default: "Local sandbox").</source>
        <translation>Profile name (default: "Local sandbox").</translation>
    </message>
    <message>
        <source>
The storage account comes from --connection-string, else AZURE_STORAGE_CONNECTION_STRING, else the profile (--profile, default the last used one) and its keychain secrets.</source>
        <translation>
The storage account comes from --connection-string, else AZURE_STORAGE_CONNECTION_STRING, else the profile (--profile, default the last used one) and its keychain secrets.</translation>
    </message>
    <message>
        <source>Check that the storage account is reachable and the credentials work.</source>
        <translation>Check that the storage account is reachable and the credentials work.</translation>
    </message>
    <message>
        <source>List the containers.</source>
        <translation>List the containers.</translation>
    </message>
    <message>
        <source>Create a container (succeeds if it already exists).</source>
        <translation>Create a container (succeeds if it already exists).</translation>
    </message>
    <message>
        <source>Container name: 3-63 lowercase letters, digits and single hyphens.</source>
        <translation>Container name: 3-63 lowercase letters, digits and single hyphens.</translation>
    </message>
    <message>
        <source>List the blobs of a container.</source>
        <translation>List the blobs of a container.</translation>
    </message>
    <message>
        <source>Container name.</source>
        <translation>Container name.</translation>
    </message>
    <message>
        <source>Only blobs whose name starts with P.</source>
        <translation>Only blobs whose name starts with P.</translation>
    </message>
    <message>
        <source>Upload a file as a block blob (resumable: run the same command again after an interruption and the blocks already sent are skipped).</source>
        <translation>Upload a file as a block blob (resumable: run the same command again after an interruption and the blocks already sent are skipped).</translation>
    </message>
    <message>
        <source>
Progress goes to stderr, the result to stdout.</source>
        <translation>
Progress goes to stderr, the result to stdout.</translation>
    </message>
    <message>
        <source>The local file to upload.</source>
        <translation>The local file to upload.</translation>
    </message>
    <message>
        <source>Destination container and blob name; CONTAINER/ uses the file's name.</source>
        <translation>Destination container and blob name; CONTAINER/ uses the file's name.</translation>
    </message>
    <message>
        <source>Block size in MiB (default: automatic, 4 MiB doubled as needed). An interrupted upload resumes only with the same block size.</source>
        <translation>Block size in MiB (default: automatic, 4 MiB doubled as needed). An interrupted upload resumes only with the same block size.</translation>
    </message>
    <message>
        <source>Blocks in flight, 1 to 6 (default: automatic).</source>
        <translation>Blocks in flight, 1 to 6 (default: automatic).</translation>
    </message>
    <message>
        <source>Download a blob to a file (checked against the blob's MD5 when it has one).</source>
        <translation>Download a blob to a file (checked against the blob's MD5 when it has one).</translation>
    </message>
    <message>
        <source>The blob to download.</source>
        <translation>The blob to download.</translation>
    </message>
    <message>
        <source>Destination file, or an existing directory to download into.</source>
        <translation>Destination file, or an existing directory to download into.</translation>
    </message>
    <message>
        <source>Replace FILE if it already exists.</source>
        <translation>Replace FILE if it already exists.</translation>
    </message>
    <message>
        <source>Use connection profile NAME (default: the last used one, else "Local sandbox").</source>
        <translation>Use connection profile NAME (default: the last used one, else "Local sandbox").</translation>
    </message>
    <message>
        <source>Use this storage connection string instead of a profile (also read from AZURE_STORAGE_CONNECTION_STRING). It is visible in the process list: prefer the environment variable or a profile.</source>
        <translation>Use this storage connection string instead of a profile (also read from AZURE_STORAGE_CONNECTION_STRING). It is visible in the process list: prefer the environment variable or a profile.</translation>
    </message>
    <message>
        <source>Read and write profiles in this settings (INI) file instead of the default one.</source>
        <translation>Read and write profiles in this settings (INI) file instead of the default one.</translation>
    </message>
    <message>
        <source>Print results on stdout as JSON.</source>
        <translation>Print results on stdout as JSON.</translation>
    </message>
    <message>
        <source>Print no progress on stderr.</source>
        <translation>Print no progress on stderr.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Show this help and exit.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Show the version and exit.</translation>
    </message>
    <message>
        <source>Repeatable.</source>
        <translation>Repeatable.</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>Default: %1.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>Exit status:</translation>
    </message>
    <message>
        <source>0    success</source>
        <translation>0    success</translation>
    </message>
    <message>
        <source>1    failure (the error is the last line on stderr)</source>
        <translation>1    failure (the error is the last line on stderr)</translation>
    </message>
    <message>
        <source>2    usage error (a wrong command line)</source>
        <translation>2    usage error (a wrong command line)</translation>
    </message>
    <message>
        <source>130  interrupted (Ctrl+C, SIGTERM)</source>
        <translation>130  interrupted (Ctrl+C, SIGTERM)</translation>
    </message>
    <message>
        <source>Retrain and redeploy Azure ML Studio (classic) models from the command line.
Results go to stdout (JSON with --json), progress and errors to stderr.
Exit status: 0 success, 1 failure, 2 usage error, 130 interrupted.</source>
        <translation>Retrain and redeploy Azure ML Studio (classic) models from the command line.
Results go to stdout (JSON with --json), progress and errors to stderr.
Exit status: 0 success, 1 failure, 2 usage error, 130 interrupted.</translation>
    </message>
    <message>
        <source>Command group (see below).</source>
        <translation>Command group (see below).</translation>
    </message>
    <message>
        <source>Command of the group.</source>
        <translation>Command of the group.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Run '%1 GROUP COMMAND --help' (or '%1 help GROUP COMMAND') for a command's details.</source>
        <translation>Run '%1 GROUP COMMAND --help' (or '%1 help GROUP COMMAND') for a command's details.</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>One of the commands below.</translation>
    </message>
    <message>
        <source>Run '%1 %2 COMMAND --help' for a command's details.</source>
        <translation>Run '%1 %2 COMMAND --help' for a command's details.</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Examples:</translation>
    </message>
    <message>
        <source>Retrain on new data, compare the models, then update the predictive service:</source>
        <translation>Retrain on new data, compare the models, then update the predictive service:</translation>
    </message>
    <message>
        <source>Create or update a profile for mlstudio-local's services from its demo.json, or from the NAME.json of a pair made with 'service create --template'.</source>
        <translation>Create or update a profile for mlstudio-local's services from its demo.json, or from the NAME.json of a pair made with 'service create --template'.</translation>
    </message>
    <message>
        <source>
Settings: the storage account, endpoint and container, the training and predictive services, the sign-in (login, ARM, tenant, client, subscription, resource group). The container is created when missing, and the profile becomes the default one. Secrets (trainingApiKey, predictiveApiKey, accountKey, clientSecret) go to the keychain; without a keychain the profile is saved without them (and says how to pass them instead).</source>
        <translation>
Settings: the storage account, endpoint and container, the training and predictive services, the sign-in (login, ARM, tenant, client, subscription, resource group). The container is created when missing, and the profile becomes the default one. Secrets (trainingApiKey, predictiveApiKey, accountKey, clientSecret) go to the keychain; without a keychain the profile is saved without them (and says how to pass them instead).</translation>
    </message>
    <message>
        <source>mlstudio-local's DIR/demo.json or DIR/NAME.json.</source>
        <translation>mlstudio-local's DIR/demo.json or DIR/NAME.json.</translation>
    </message>
    <message>
        <source>the newest backup of NAME whose model exists and is not the current one</source>
        <translation>the newest backup of NAME whose model exists and is not the current one</translation>
    </message>
    <message>
        <source>none: every numeric column is Number</source>
        <translation>none: every numeric column is Number</translation>
    </message>
    <message>
        <source>The profile's container (default: the file's, else the profile's, else "mlretrain"; for azureml, the workspace's default datastore container).</source>
        <translation>The profile's container (default: the file's, else the profile's, else "mlretrain"; for azureml, the workspace's default datastore container).</translation>
    </message>
    <message>
        <source>classic (default): the Studio (classic) services; azureml: the Azure Machine Learning workspace and endpoint of the file's "azureml" section (HTTPS, with the sandbox's CA certificate), as profile "Azure ML sandbox" unless NAME is given.</source>
        <translation>classic (default): the Studio (classic) services; azureml: the Azure Machine Learning workspace and endpoint of the file's "azureml" section (HTTPS, with the sandbox's CA certificate), as profile "Azure ML sandbox" unless NAME is given.</translation>
    </message>
    <message>
        <source>What the profile's endpoint serves, and the job that trained it:</source>
        <translation>What the profile's endpoint serves, and the job that trained it:</translation>
    </message>
    <message>
        <source>Another endpoint of the workspace, as JSON:</source>
        <translation>Another endpoint of the workspace, as JSON:</translation>
    </message>
    <message>
        <source>none (the job the model in production names)</source>
        <translation>none (the job the model in production names)</translation>
    </message>
    <message>
        <source>An Azure ML profile: re-run the job of the endpoint's model on new data:</source>
        <translation>An Azure ML profile: re-run the job of the endpoint's model on new data:</translation>
    </message>
    <message>
        <source>The workspace's endpoints and their traffic:</source>
        <translation>The workspace's endpoints and their traffic:</translation>
    </message>
    <message>
        <source>Roll the retrained model out, 10 % then 100 %, without questions:</source>
        <translation>Roll the retrained model out, 10 % then 100 %, without questions:</translation>
    </message>
    <message>
        <source>Stop at 10 % (a canary); run it again later to go on:</source>
        <translation>Stop at 10 % (a canary); run it again later to go on:</translation>
    </message>
    <message>
        <source>Slower stages, with the equivalent commands:</source>
        <translation>Slower stages, with the equivalent commands:</translation>
    </message>
    <message>
        <source>none (every stage)</source>
        <translation>none (every stage)</translation>
    </message>
    <message>
        <source>the production deployment</source>
        <translation>the production deployment</translation>
    </message>
    <message>
        <source>none (every column is sent)</source>
        <translation>none (every column is sent)</translation>
    </message>
    <message>
        <source>Split the traffic by hand:</source>
        <translation>Split the traffic by hand:</translation>
    </message>
    <message>
        <source>Put the traffic back as before the last roll-out:</source>
        <translation>Put the traffic back as before the last roll-out:</translation>
    </message>
    <message>
        <source>Delete the deployment the last roll-out replaced:</source>
        <translation>Delete the deployment the last roll-out replaced:</translation>
    </message>
    <message>
        <source>Delete a named deployment:</source>
        <translation>Delete a named deployment:</translation>
    </message>
    <message>
        <source>Score rows on green (at 0 %) and compare with production:</source>
        <translation>Score rows on green (at 0 %) and compare with production:</translation>
    </message>
    <message>
        <source>The registered models:</source>
        <translation>The registered models:</translation>
    </message>
    <message>
        <source>The versions of one model, newest first:</source>
        <translation>The versions of one model, newest first:</translation>
    </message>
    <message>
        <source>The latest version and the job that trained it:</source>
        <translation>The latest version and the job that trained it:</translation>
    </message>
    <message>
        <source>One version, as JSON:</source>
        <translation>One version, as JSON:</translation>
    </message>
    <message>
        <source>Azure Machine Learning online endpoints (profiles of kind azureml): list, show, rollout, traffic, rollback, retire, smoke.</source>
        <translation>Azure Machine Learning online endpoints (profiles of kind azureml): list, show, rollout, traffic, rollback, retire, smoke.</translation>
    </message>
    <message>
        <source>Azure Machine Learning registered models (profiles of kind azureml): list, show.</source>
        <translation>Azure Machine Learning registered models (profiles of kind azureml): list, show.</translation>
    </message>
    <message>
        <source>Sign in with your account (a device code) and stay signed in for later commands:</source>
        <translation>Sign in with your account (a device code) and stay signed in for later commands:</translation>
    </message>
    <message>
        <source>The same, signing in with your account (a device code):</source>
        <translation>The same, signing in with your account (a device code):</translation>
    </message>
    <message>
        <source>An Azure ML profile whose model names no job: re-run the job an az ml YAML defines:</source>
        <translation>An Azure ML profile whose model names no job: re-run the job an az ml YAML defines:</translation>
    </message>
</context>
<context>
    <name>mlr::cli::ContainersCommand</name>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>LAST MODIFIED</source>
        <translation>LAST MODIFIED</translation>
    </message>
</context>
<context>
    <name>mlr::cli::DownloadCommand</name>
    <message>
        <source>'%1' already exists; use --overwrite to replace it.</source>
        <translation>'%1' already exists; use --overwrite to replace it.</translation>
    </message>
    <message>
        <source>'%1' exists and is not a file.</source>
        <translation>'%1' exists and is not a file.</translation>
    </message>
    <message>
        <source>The folder of '%1' does not exist.</source>
        <translation>The folder of '%1' does not exist.</translation>
    </message>
    <message>
        <source>download</source>
        <translation>download</translation>
    </message>
    <message>
        <source>Downloaded %1/%2 to %3 (%4 in %5 s, %6); MD5 %7 %8.</source>
        <translation>Downloaded %1/%2 to %3 (%4 in %5 s, %6); MD5 %7 %8.</translation>
    </message>
    <message>
        <source>(verified)</source>
        <translation>(verified)</translation>
    </message>
    <message>
        <source>(the blob has no MD5 to check against)</source>
        <translation>(the blob has no MD5 to check against)</translation>
    </message>
</context>
<context>
    <name>mlr::cli::EndpointListCommand</name>
    <message>
        <source>the online endpoints of workspace %1</source>
        <translation>the online endpoints of workspace %1</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>ENDPOINT</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <source>TRAFFIC</source>
        <translation>TRAFFIC</translation>
    </message>
</context>
<context>
    <name>mlr::cli::EndpointRetireCommand</name>
    <message>
        <source>Name the deployment to retire: there is no roll-out backup of endpoint %1.</source>
        <translation>Name the deployment to retire: there is no roll-out backup of endpoint %1.</translation>
    </message>
    <message>
        <source>Deployment %1 is the rollback target of the last roll-out (%2): once it is deleted, a rollback means creating it again. Add --yes to retire it.</source>
        <translation>Deployment %1 is the rollback target of the last roll-out (%2): once it is deleted, a rollback means creating it again. Add --yes to retire it.</translation>
    </message>
    <message>
        <source>Delete deployment %1 of endpoint %2?</source>
        <translation>Delete deployment %1 of endpoint %2?</translation>
    </message>
    <message>
        <source>Deployment %1 of %2 is deleted; deployments now: %3.</source>
        <translation>Deployment %1 of %2 is deleted; deployments now: %3.</translation>
    </message>
</context>
<context>
    <name>mlr::cli::EndpointRollbackCommand</name>
    <message>
        <source>There is no roll-out backup of endpoint %1 in %2: nothing to roll back to (give --to BACKUP).</source>
        <translation>There is no roll-out backup of endpoint %1 in %2: nothing to roll back to (give --to BACKUP).</translation>
    </message>
    <message>
        <source>Backup %1 is of endpoint %2, not %3.</source>
        <translation>Backup %1 is of endpoint %2, not %3.</translation>
    </message>
    <message>
        <source>rolling back to the traffic of %1: %2</source>
        <translation>rolling back to the traffic of %1: %2</translation>
    </message>
    <message>
        <source>Put the traffic of %1 back to %2?</source>
        <translation>Put the traffic of %1 back to %2?</translation>
    </message>
    <message>
        <source>Traffic of %1 (read back): %2.</source>
        <translation>Traffic of %1 (read back): %2.</translation>
    </message>
</context>
<context>
    <name>mlr::cli::EndpointRolloutCommand</name>
    <message>
        <source>'endpoint rollout' needs --from-job JOB (the retraining job whose model goes out).</source>
        <translation>'endpoint rollout' needs --from-job JOB (the retraining job whose model goes out).</translation>
    </message>
    <message>
        <source>--until must be one of the stages (%1).</source>
        <translation>--until must be one of the stages (%1).</translation>
    </message>
    <message>
        <source>Retrained by job %1 (mlretrain-cli)</source>
        <translation>Retrained by job %1 (mlretrain-cli)</translation>
    </message>
    <message>
        <source>job %1 was not evaluated (see 'retrain evaluate %1')</source>
        <translation>job %1 was not evaluated (see 'retrain evaluate %1')</translation>
    </message>
    <message>
        <source>gate verdict of job %1: %2</source>
        <translation>gate verdict of job %1: %2</translation>
    </message>
    <message>
        <source>Job %1 failed the promotion gate: nothing was changed (add --ignore-gate to roll it out anyway).</source>
        <translation>Job %1 failed the promotion gate: nothing was changed (add --ignore-gate to roll it out anyway).</translation>
    </message>
    <message>
        <source>No rows to smoke-test the new deployment with: give --sample FILE (a CSV of the model's input columns) or --skip-smoke.</source>
        <translation>No rows to smoke-test the new deployment with: give --sample FILE (a CSV of the model's input columns) or --skip-smoke.</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>job %1</translation>
    </message>
    <message>
        <source>Roll out the model of job %1 on endpoint %2: register it, deploy it at 0 %, smoke-test it, then move the traffic in stages (%3), each asked for. Go on?</source>
        <translation>Roll out the model of job %1 on endpoint %2: register it, deploy it at 0 %, smoke-test it, then move the traffic in stages (%3), each asked for. Go on?</translation>
    </message>
    <message>
        <source>Nothing was changed: add --yes to roll out (standard input is not a terminal).</source>
        <translation>Nothing was changed: add --yes to roll out (standard input is not a terminal).</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>backup: %1</source>
        <translation>backup: %1</translation>
    </message>
    <message>
        <source>traffic read back: %1</source>
        <translation>traffic read back: %1</translation>
    </message>
    <message>
        <source>stopping at %1 % (--until)</source>
        <translation>stopping at %1 % (--until)</translation>
    </message>
    <message>
        <source>Move the traffic to %1?</source>
        <translation>Move the traffic to %1?</translation>
    </message>
    <message>
        <source>the history could not be updated: %1</source>
        <translation>the history could not be updated: %1</translation>
    </message>
</context>
<context>
    <name>mlr::cli::EndpointShowCommand</name>
    <message>
        <source>Online endpoint %1 (workspace %2): %3, authentication %4.</source>
        <translation>Online endpoint %1 (workspace %2): %3, authentication %4.</translation>
    </message>
    <message>
        <source>Scoring URI: %1</source>
        <translation>Scoring URI: %1</translation>
    </message>
    <message>
        <source>Deployments:</source>
        <translation>Deployments:</translation>
    </message>
    <message>
        <source>  %1  %2 %3  %4 x %5  %6  traffic %7 %</source>
        <translation>  %1  %2 %3  %4 x %5  %6  traffic %7 %</translation>
    </message>
    <message>
        <source>In production: model %1 version %2 (deployment %3), trained by job %4 (%5).</source>
        <translation>In production: model %1 version %2 (deployment %3), trained by job %4 (%5).</translation>
    </message>
    <message>
        <source>In production: model %1 version %2 (deployment %3); the model names no training job (retraining needs a job definition file).</source>
        <translation>In production: model %1 version %2 (deployment %3); the model names no training job (retraining needs a job definition file).</translation>
    </message>
</context>
<context>
    <name>mlr::cli::EndpointSmokeCommand</name>
    <message>
        <source>'endpoint smoke' needs --sample FILE (a CSV of the model's input columns).</source>
        <translation>'endpoint smoke' needs --sample FILE (a CSV of the model's input columns).</translation>
    </message>
    <message>
        <source>Deployment %1 answered:</source>
        <translation>Deployment %1 answered:</translation>
    </message>
    <message>
        <source>Against %1: %2</source>
        <translation>Against %1: %2</translation>
    </message>
</context>
<context>
    <name>mlr::cli::EndpointTrafficCommand</name>
    <message>
        <source>'%1' is not DEPLOYMENT=PERCENT (a whole number from 0 to 100).</source>
        <translation>'%1' is not DEPLOYMENT=PERCENT (a whole number from 0 to 100).</translation>
    </message>
    <message>
        <source>Give the traffic as DEPLOYMENT=PERCENT..., e.g. blue=90 green=10.</source>
        <translation>Give the traffic as DEPLOYMENT=PERCENT..., e.g. blue=90 green=10.</translation>
    </message>
    <message>
        <source>The traffic adds up to %1 %: it must add up to 100 (or 0).</source>
        <translation>The traffic adds up to %1 %: it must add up to 100 (or 0).</translation>
    </message>
    <message>
        <source>Set the traffic of %1 to %2?</source>
        <translation>Set the traffic of %1 to %2?</translation>
    </message>
    <message>
        <source>Traffic of %1 (read back): %2.</source>
        <translation>Traffic of %1 (read back): %2.</translation>
    </message>
    <message>
        <source>The traffic of %1 could not be read back.</source>
        <translation>The traffic of %1 could not be read back.</translation>
    </message>
</context>
<context>
    <name>mlr::cli::EvaluateCommand</name>
    <message>
        <source>There is no profile named '%1' (see '%2 profile list').</source>
        <translation>There is no profile named '%1' (see '%2 profile list').</translation>
    </message>
    <message>
        <source>Profile '%1' has no predictiveRequestUrl (the service in production).</source>
        <translation>Profile '%1' has no predictiveRequestUrl (the service in production).</translation>
    </message>
    <message>
        <source>The predictive service's API key of profile '%1' is not set. Store it with '%2 profile set "%1" predictiveApiKey=-' or pass it in %3.</source>
        <translation>The predictive service's API key of profile '%1' is not set. Store it with '%2 profile set "%1" predictiveApiKey=-' or pass it in %3.</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Downloading</translation>
    </message>
    <message>
        <source>download</source>
        <translation>download</translation>
    </message>
</context>
<context>
    <name>mlr::cli::GetCommand</name>
    <message>
        <source>%1 already exists; add --overwrite to replace it.</source>
        <translation>%1 already exists; add --overwrite to replace it.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Exported %1 to %2</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Title: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Read-only: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Storage account: %1</source>
        <translation>Storage account: %1</translation>
    </message>
    <message>
        <source>Trained model %1 (%2): %3</source>
        <translation>Trained model %1 (%2): %3</translation>
    </message>
    <message>
        <source>This is a training service (an output is a trained model).</source>
        <translation>This is a training service (an output is a trained model).</translation>
    </message>
</context>
<context>
    <name>mlr::cli::HistoryCommand</name>
    <message>
        <source>(no history yet)</source>
        <translation>(no history yet)</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FAILED: %1</translation>
    </message>
    <message>
        <source>Wrote the decision report of %1 to %2</source>
        <translation>Wrote the decision report of %1 to %2</translation>
    </message>
</context>
<context>
    <name>mlr::cli::JobCommand</name>
    <message>
        <source>the service reported an unknown state '%1'</source>
        <translation>the service reported an unknown state '%1'</translation>
    </message>
</context>
<context>
    <name>mlr::cli::JobFollower</name>
    <message>
        <source>job %1: the service cannot be reached (%2 time(s) in a row), still trying: %3</source>
        <translation>job %1: the service cannot be reached (%2 time(s) in a row), still trying: %3</translation>
    </message>
    <message>
        <source>job %1: the service answers again</source>
        <translation>job %1: the service answers again</translation>
    </message>
    <message>
        <source>the job journal could not be updated: %1</source>
        <translation>the job journal could not be updated: %1</translation>
    </message>
</context>
<context>
    <name>mlr::cli::JobsCommand</name>
    <message>
        <source>JOB</source>
        <translation>JOB</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>SUBMITTED</source>
        <translation>SUBMITTED</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <source>INPUT</source>
        <translation>INPUT</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
</context>
<context>
    <name>mlr::cli::ListCommand</name>
    <message>
        <source>	read-only</source>
        <translation>	read-only</translation>
    </message>
    <message>
        <source>(no web services)</source>
        <translation>(no web services)</translation>
    </message>
</context>
<context>
    <name>mlr::cli::LsCommand</name>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>LAST MODIFIED</source>
        <translation>LAST MODIFIED</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
</context>
<context>
    <name>mlr::cli::MkContainerCommand</name>
    <message>
        <source>Created container '%1'.</source>
        <translation>Created container '%1'.</translation>
    </message>
    <message>
        <source>Container '%1' already exists.</source>
        <translation>Container '%1' already exists.</translation>
    </message>
</context>
<context>
    <name>mlr::cli::ModelListCommand</name>
    <message>
        <source>the versions of model %1</source>
        <translation>the versions of model %1</translation>
    </message>
    <message>
        <source>the models of workspace %1</source>
        <translation>the models of workspace %1</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODEL</translation>
    </message>
    <message>
        <source>LATEST VERSION</source>
        <translation>LATEST VERSION</translation>
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
        <translation>JOB</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREATED</translation>
    </message>
</context>
<context>
    <name>mlr::cli::ModelShowCommand</name>
    <message>
        <source>model %1</source>
        <translation>model %1</translation>
    </message>
    <message>
        <source>Model %1 has no version yet.</source>
        <translation>Model %1 has no version yet.</translation>
    </message>
    <message>
        <source>version %1 of model %2</source>
        <translation>version %1 of model %2</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
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
        <translation>trained by job</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>tag %1</translation>
    </message>
</context>
<context>
    <name>mlr::cli::ProfileDeleteCommand</name>
    <message>
        <source>the keychain is unavailable, so secrets of '%1' stored there earlier (if any) were not deleted: %2.</source>
        <translation>the keychain is unavailable, so secrets of '%1' stored there earlier (if any) were not deleted: %2.</translation>
    </message>
    <message>
        <source>Profile '%1' was deleted, but removing its secrets failed</source>
        <translation>Profile '%1' was deleted, but removing its secrets failed</translation>
    </message>
    <message>
        <source>Profile '%1' was deleted.</source>
        <translation>Profile '%1' was deleted.</translation>
    </message>
</context>
<context>
    <name>mlr::cli::ProfileFromSandboxCommand</name>
    <message>
        <source>'%1' cannot be read: %2</source>
        <translation>'%1' cannot be read: %2</translation>
    </message>
    <message>
        <source>'%1' is not mlstudio-local's demo.json (%2).</source>
        <translation>'%1' is not mlstudio-local's demo.json (%2).</translation>
    </message>
    <message>
        <source>The storageConnectionString of '%1'</source>
        <translation>The storageConnectionString of '%1'</translation>
    </message>
    <message>
        <source>'%1' has an unusable %2; nothing was changed</source>
        <translation>'%1' has an unusable %2; nothing was changed</translation>
    </message>
    <message>
        <source>Profile '%1' was saved, but storing its %2 in the keychain failed</source>
        <translation>Profile '%1' was saved, but storing its %2 in the keychain failed</translation>
    </message>
    <message>
        <source>stored in the keychain: %1.</source>
        <translation>stored in the keychain: %1.</translation>
    </message>
    <message>
        <source>Creating container '%1' for profile '%2' (nothing was saved)</source>
        <translation>Creating container '%1' for profile '%2' (nothing was saved)</translation>
    </message>
    <message>
        <source>Profile '%1' created from %2</source>
        <translation>Profile '%1' created from %2</translation>
    </message>
    <message>
        <source>Profile '%1' updated from %2</source>
        <translation>Profile '%1' updated from %2</translation>
    </message>
    <message>
        <source>Container '%1' created; the profile keeps its blobs there.</source>
        <translation>Container '%1' created; the profile keeps its blobs there.</translation>
    </message>
    <message>
        <source>The profile keeps its blobs in container '%1'.</source>
        <translation>The profile keeps its blobs in container '%1'.</translation>
    </message>
    <message>
        <source>'%1' is now the default profile.</source>
        <translation>'%1' is now the default profile.</translation>
    </message>
    <message>
        <source>The keychain is unavailable, so the profile was saved WITHOUT its secrets (%1): they cannot be kept anywhere else.</source>
        <translation>The keychain is unavailable, so the profile was saved WITHOUT its secrets (%1): they cannot be kept anywhere else.</translation>
    </message>
    <message>
        <source>--kind must be classic or azureml (got '%1').</source>
        <translation>--kind must be classic or azureml (got '%1').</translation>
    </message>
    <message>
        <source>'%1' has no "azureml" section: it was written by an mlstudio-local without the Azure Machine Learning surface. Start mlstudio-local --seed-demo again.</source>
        <translation>'%1' has no "azureml" section: it was written by an mlstudio-local without the Azure Machine Learning surface. Start mlstudio-local --seed-demo again.</translation>
    </message>
</context>
<context>
    <name>mlr::cli::ProfileListCommand</name>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>NOTES</source>
        <translation>NOTES</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>built-in</translation>
    </message>
    <message>
        <source>last used</source>
        <translation>last used</translation>
    </message>
</context>
<context>
    <name>mlr::cli::ProfileSetCommand</name>
    <message>
        <source>Value for %1: </source>
        <translation>Value for %1: </translation>
    </message>
    <message>
        <source>%1=- reads the value from standard input, but the input ended first. Nothing was changed.</source>
        <translation>%1=- reads the value from standard input, but the input ended first. Nothing was changed.</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Nothing was changed</translation>
    </message>
    <message>
        <source>accountKey is not valid base64: copy the whole key (it usually ends with '==') from the storage account's Access keys page. Nothing was changed.</source>
        <translation>accountKey is not valid base64: copy the whole key (it usually ends with '==') from the storage account's Access keys page. Nothing was changed.</translation>
    </message>
    <message>
        <source>sas has no signature (sig=...): paste the whole SAS token. Nothing was changed.</source>
        <translation>sas has no signature (sig=...): paste the whole SAS token. Nothing was changed.</translation>
    </message>
    <message>
        <source>Nothing was changed: secrets go only to the keychain, never to a file, and the keychain is unavailable: %1. Unlock or start a keyring (Secret Service), or pass the storage connection string in %2 instead.</source>
        <translation>Nothing was changed: secrets go only to the keychain, never to a file, and the keychain is unavailable: %1. Unlock or start a keyring (Secret Service), or pass the storage connection string in %2 instead.</translation>
    </message>
    <message>
        <source>settings changed: %1</source>
        <translation>settings changed: %1</translation>
    </message>
    <message>
        <source>stored in the keychain: %1</source>
        <translation>stored in the keychain: %1</translation>
    </message>
    <message>
        <source>deleted from the keychain: %1</source>
        <translation>deleted from the keychain: %1</translation>
    </message>
    <message>
        <source>Profile '%1' created</source>
        <translation>Profile '%1' created</translation>
    </message>
    <message>
        <source>Profile '%1' updated</source>
        <translation>Profile '%1' updated</translation>
    </message>
</context>
<context>
    <name>mlr::cli::ProfileShowCommand</name>
    <message>
        <source>There is no profile named '%1' (see '%2 profile list').</source>
        <translation>There is no profile named '%1' (see '%2 profile list').</translation>
    </message>
    <message>
        <source>secrets are shown as not set, because the keychain is unavailable: %1.</source>
        <translation>secrets are shown as not set, because the keychain is unavailable: %1.</translation>
    </message>
    <message>
        <source>set (keychain)</source>
        <translation>set (keychain)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>(built-in)</source>
        <translation>(built-in)</translation>
    </message>
</context>
<context>
    <name>mlr::cli::PutCommand</name>
    <message>
        <source>service create needs --definition FILE, or --template T --schema-from CSV --label COLUMN.</source>
        <translation>service create needs --definition FILE, or --template T --schema-from CSV --label COLUMN.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>ignored read-only member %1</source>
        <translation>ignored read-only member %1</translation>
    </message>
    <message>
        <source>operation: %1</source>
        <translation>operation: %1</translation>
    </message>
    <message>
        <source>%1 was refused; web service %2 is unchanged</source>
        <translation>%1 was refused; web service %2 is unchanged</translation>
    </message>
    <message>
        <source>Created %1 from %2</source>
        <translation>Created %1 from %2</translation>
    </message>
    <message>
        <source>Imported %2 as %1</source>
        <translation>Imported %2 as %1</translation>
    </message>
    <message>
        <source>%1 %2 (operation %3)</source>
        <translation>%1 %2 (operation %3)</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>replaced</translation>
    </message>
</context>
<context>
    <name>mlr::cli::RetrainCommand</name>
    <message>
        <source>The training service's API key of profile '%1' is not set. Store it with '%2 profile set "%1" trainingApiKey=-' or pass it in %3.</source>
        <translation>The training service's API key of profile '%1' is not set. Store it with '%2 profile set "%1" trainingApiKey=-' or pass it in %3.</translation>
    </message>
    <message>
        <source>(The keychain is unavailable: %1.)</source>
        <translation>(The keychain is unavailable: %1.)</translation>
    </message>
    <message>
        <source>Job %1 is not in the job journal, and profile '%2' has no trainingBatchUrl to look for it.</source>
        <translation>Job %1 is not in the job journal, and profile '%2' has no trainingBatchUrl to look for it.</translation>
    </message>
    <message>
        <source>the job journal could not be updated: %1</source>
        <translation>the job journal could not be updated: %1</translation>
    </message>
</context>
<context>
    <name>mlr::cli::ServiceCommand</name>
    <message>
        <source>the Azure sign-in expired; signed in to Azure again</source>
        <translation>the Azure sign-in expired; signed in to Azure again</translation>
    </message>
    <message>
        <source>Profile '%1' has no predictive service URL.</source>
        <translation>Profile '%1' has no predictive service URL.</translation>
    </message>
    <message>
        <source>scoring through the profile's predictive service %1</source>
        <translation>scoring through the profile's predictive service %1</translation>
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
        <source>'retrain submit' needs --input FILE (the training data).</source>
        <translation>'retrain submit' needs --input FILE (the training data).</translation>
    </message>
    <message>
        <source>The file '%1' does not exist or cannot be read.</source>
        <translation>The file '%1' does not exist or cannot be read.</translation>
    </message>
    <message>
        <source>--param '%1' is not NAME=VALUE.</source>
        <translation>--param '%1' is not NAME=VALUE.</translation>
    </message>
    <message>
        <source>--output '%1' is not NAME=BLOB.</source>
        <translation>--output '%1' is not NAME=BLOB.</translation>
    </message>
    <message>
        <source>Profile '%1' has no trainingBatchUrl (the retraining service's BES URL): set it with '%2 profile set "%1" trainingBatchUrl=URL'.</source>
        <translation>Profile '%1' has no trainingBatchUrl (the retraining service's BES URL): set it with '%2 profile set "%1" trainingBatchUrl=URL'.</translation>
    </message>
    <message>
        <source>Profile '%1' has no container for the job's blobs: set it with '%2 profile set "%1" container=NAME'.</source>
        <translation>Profile '%1' has no container for the job's blobs: set it with '%2 profile set "%1" container=NAME'.</translation>
    </message>
    <message>
        <source>reading the service's swagger.json</source>
        <translation>reading the service's swagger.json</translation>
    </message>
    <message>
        <source>data check skipped (--skip-check)</source>
        <translation>data check skipped (--skip-check)</translation>
    </message>
    <message>
        <source>checking %1 against the service's input</source>
        <translation>checking %1 against the service's input</translation>
    </message>
    <message>
        <source>uploading to %1/%2</source>
        <translation>uploading to %1/%2</translation>
    </message>
    <message>
        <source>submitting the job</source>
        <translation>submitting the job</translation>
    </message>
    <message>
        <source>starting the job</source>
        <translation>starting the job</translation>
    </message>
    <message>
        <source>upload</source>
        <translation>upload</translation>
    </message>
    <message>
        <source>job %1 was created; see '%2 retrain status %1'</source>
        <translation>job %1 was created; see '%2 retrain status %1'</translation>
    </message>
    <message>
        <source>job %1 started; waiting for it to end (Ctrl+C stops waiting, the job goes on)</source>
        <translation>job %1 started; waiting for it to end (Ctrl+C stops waiting, the job goes on)</translation>
    </message>
</context>
<context>
    <name>mlr::cli::TemplateCommand</name>
    <message>
        <source>service create --template needs --schema-from CSV and --label COLUMN.</source>
        <translation>service create --template needs --schema-from CSV and --label COLUMN.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>creating %1-retraining and %1-predictive (training the first model)</source>
        <translation>creating %1-retraining and %1-predictive (training the first model)</translation>
    </message>
    <message>
        <source>Created %1 and %2 from template %3</source>
        <translation>Created %1 and %2 from template %3</translation>
    </message>
    <message>
        <source>Created %1 and %2; profile '%3' now uses them.</source>
        <translation>Created %1 and %2; profile '%3' now uses them.</translation>
    </message>
    <message>
        <source>that file</source>
        <translation>that file</translation>
    </message>
    <message>
        <source>The keychain is unavailable, so the new services' API keys were not stored: they are in %1.json in mlstudio-local's data folder (the pair's description; '%2 profile from-sandbox DIR/%1.json' makes a profile of it).</source>
        <translation>The keychain is unavailable, so the new services' API keys were not stored: they are in %1.json in mlstudio-local's data folder (the pair's description; '%2 profile from-sandbox DIR/%1.json' makes a profile of it).</translation>
    </message>
</context>
<context>
    <name>mlr::cli::UpdateCommand</name>
    <message>
        <source>service update needs --from-job JOB.</source>
        <translation>service update needs --from-job JOB.</translation>
    </message>
    <message>
        <source>Job %1 has no trained model output.</source>
        <translation>Job %1 has no trained model output.</translation>
    </message>
    <message>
        <source>operation: %1</source>
        <translation>operation: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Change of %1:</source>
        <translation>Change of %1:</translation>
    </message>
    <message>
        <source>Gate verdict of job %1: %2</source>
        <translation>Gate verdict of job %1: %2</translation>
    </message>
    <message>
        <source>Job %1 was not evaluated (run 'retrain evaluate %1' first).</source>
        <translation>Job %1 was not evaluated (run 'retrain evaluate %1' first).</translation>
    </message>
    <message>
        <source>Nothing was changed: add --yes to apply the change (standard input is not a terminal).</source>
        <translation>Nothing was changed: add --yes to apply the change (standard input is not a terminal).</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>no predictive service URL in the profile: no smoke test</source>
        <translation>no predictive service URL in the profile: no smoke test</translation>
    </message>
    <message>
        <source>smoke test before the change failed: %1</source>
        <translation>smoke test before the change failed: %1</translation>
    </message>
    <message>
        <source>predictions unchanged: %1</source>
        <translation>predictions unchanged: %1</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Backup: %1</translation>
    </message>
    <message>
        <source>Smoke test FAILED: %1</source>
        <translation>Smoke test FAILED: %1</translation>
    </message>
    <message>
        <source>Smoke test: %1</source>
        <translation>Smoke test: %1</translation>
    </message>
    <message>
        <source>check the service with '%1 service get %2'; '%1 service rollback %2 --yes' puts the previous model back</source>
        <translation>check the service with '%1 service get %2'; '%1 service rollback %2 --yes' puts the previous model back</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>the model blobs cannot be checked: %1</source>
        <translation>the model blobs cannot be checked: %1</translation>
    </message>
    <message>
        <source>skipped backup %1</source>
        <translation>skipped backup %1</translation>
    </message>
    <message>
        <source>Choosing a backup (name one with --to FILE)</source>
        <translation>Choosing a backup (name one with --to FILE)</translation>
    </message>
    <message>
        <source>rolling back to the backup %1 (model %2)</source>
        <translation>rolling back to the backup %1 (model %2)</translation>
    </message>
    <message>
        <source>Apply this change?</source>
        <translation>Apply this change?</translation>
    </message>
</context>
<context>
    <name>mlr::cli::UploadCommand</name>
    <message>
        <source>--block-size must be a whole number of MiB between 1 and 4000.</source>
        <translation>--block-size must be a whole number of MiB between 1 and 4000.</translation>
    </message>
    <message>
        <source>The file '%1' does not exist.</source>
        <translation>The file '%1' does not exist.</translation>
    </message>
    <message>
        <source>'%1' is not a readable file.</source>
        <translation>'%1' is not a readable file.</translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to 6.</source>
        <translation>--concurrency must be a number from 1 to 6.</translation>
    </message>
    <message>
        <source>upload</source>
        <translation>upload</translation>
    </message>
    <message>
        <source>Uploaded %1 to %2 (%3 in %4 s, %5).</source>
        <translation>Uploaded %1 to %2 (%3 in %4 s, %5).</translation>
    </message>
    <message>
        <source>Resumed: %1 of %2 blocks were already staged and not sent again.</source>
        <translation>Resumed: %1 of %2 blocks were already staged and not sent again.</translation>
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
        <translation>%1: service %2, recomputed %3</translation>
    </message>
</context>
<context>
    <name>mlr::eval::CsvRecordReader</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation>A quoted field that starts on line %1 is never closed.</translation>
    </message>
</context>
<context>
    <name>mlr::eval::EvaluationCsv</name>
    <message>
        <source>Reading the evaluation results</source>
        <translation>Reading the evaluation results</translation>
    </message>
    <message>
        <source>The evaluation results are empty.</source>
        <translation>The evaluation results are empty.</translation>
    </message>
    <message>
        <source>Row %1 of the evaluation results has %2 columns, not 2.</source>
        <translation>Row %1 of the evaluation results has %2 columns, not 2.</translation>
    </message>
    <message>
        <source>The evaluation results have a header but no values.</source>
        <translation>The evaluation results have a header but no values.</translation>
    </message>
    <message>
        <source>The evaluation results have %1 values for %2 columns.</source>
        <translation>The evaluation results have %1 values for %2 columns.</translation>
    </message>
    <message>
        <source>These are not Evaluate Model results: none of the columns (%1) is a known metric.</source>
        <translation>These are not Evaluate Model results: none of the columns (%1) is a known metric.</translation>
    </message>
</context>
<context>
    <name>mlr::eval::Gate</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Rule %1 of the promotion gate is not understood. Write METRIC &gt;= VALUE, METRIC &lt;= VALUE, METRIC gain &gt;= AMOUNT or METRIC loss &lt;= AMOUNT (AMOUNT may end in %).</source>
        <translation>Rule %1 of the promotion gate is not understood. Write METRIC &gt;= VALUE, METRIC &lt;= VALUE, METRIC gain &gt;= AMOUNT or METRIC loss &lt;= AMOUNT (AMOUNT may end in %).</translation>
    </message>
    <message>
        <source>Rule %1 of the promotion gate: "%2" is not a metric the evaluation reports.</source>
        <translation>Rule %1 of the promotion gate: "%2" is not a metric the evaluation reports.</translation>
    </message>
    <message>
        <source>Rule %1 of the promotion gate: a gain is written "gain &gt;= AMOUNT".</source>
        <translation>Rule %1 of the promotion gate: a gain is written "gain &gt;= AMOUNT".</translation>
    </message>
    <message>
        <source>Rule %1 of the promotion gate: a loss is written "loss &lt;= AMOUNT".</source>
        <translation>Rule %1 of the promotion gate: a loss is written "loss &lt;= AMOUNT".</translation>
    </message>
    <message>
        <source>Rule %1 of the promotion gate: only gains and losses can be relative (%).</source>
        <translation>Rule %1 of the promotion gate: only gains and losses can be relative (%).</translation>
    </message>
    <message>
        <source>%1 of the new model must be at least %2</source>
        <translation>%1 of the new model must be at least %2</translation>
    </message>
    <message>
        <source>%1 of the new model must be at most %2</source>
        <translation>%1 of the new model must be at most %2</translation>
    </message>
    <message>
        <source>%1 must improve by at least %2</source>
        <translation>%1 must improve by at least %2</translation>
    </message>
    <message>
        <source>%1 may get worse by at most %2</source>
        <translation>%1 may get worse by at most %2</translation>
    </message>
    <message>
        <source>%1 is not measured for this kind of model; the rule does not apply.</source>
        <translation>%1 is not measured for this kind of model; the rule does not apply.</translation>
    </message>
    <message>
        <source>%1 could not be computed for the new model, so the rule fails.</source>
        <translation>%1 could not be computed for the new model, so the rule fails.</translation>
    </message>
    <message>
        <source>%1 could not be computed for the current model, so the rule fails.</source>
        <translation>%1 could not be computed for the current model, so the rule fails.</translation>
    </message>
    <message>
        <source>%1 is %2, at least %3 as required.</source>
        <translation>%1 is %2, at least %3 as required.</translation>
    </message>
    <message>
        <source>%1 is %2, below the minimum of %3.</source>
        <translation>%1 is %2, below the minimum of %3.</translation>
    </message>
    <message>
        <source>%1 is %2, at most %3 as required.</source>
        <translation>%1 is %2, at most %3 as required.</translation>
    </message>
    <message>
        <source>%1 is %2, above the maximum of %3.</source>
        <translation>%1 is %2, above the maximum of %3.</translation>
    </message>
    <message>
        <source>%1 of the current model is 0, so a relative change cannot be measured; the rule fails.</source>
        <translation>%1 of the current model is 0, so a relative change cannot be measured; the rule fails.</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>%1 improves by %2 (%3)</source>
        <translation>%1 improves by %2 (%3)</translation>
    </message>
    <message>
        <source>%1 gets worse by %2 (%3)</source>
        <translation>%1 gets worse by %2 (%3)</translation>
    </message>
    <message>
        <source>%1, at least the required %2.</source>
        <translation>%1, at least the required %2.</translation>
    </message>
    <message>
        <source>%1, less than the required gain of %2.</source>
        <translation>%1, less than the required gain of %2.</translation>
    </message>
    <message>
        <source>%1, within the allowed loss of %2.</source>
        <translation>%1, within the allowed loss of %2.</translation>
    </message>
    <message>
        <source>%1, more than the allowed loss of %2.</source>
        <translation>%1, more than the allowed loss of %2.</translation>
    </message>
    <message>
        <source>No metric could be compared, so the new model cannot be judged.</source>
        <translation>No metric could be compared, so the new model cannot be judged.</translation>
    </message>
    <message>
        <source>The new model fails the promotion gate on %1.</source>
        <translation>The new model fails the promotion gate on %1.</translation>
    </message>
    <message>
        <source>No gate rule applies to these metrics; nothing blocks the new model.</source>
        <translation>No gate rule applies to these metrics; nothing blocks the new model.</translation>
    </message>
    <message numerus="yes">
        <source>The new model passes all %n gate rule(s).</source>
        <translation><numerusform>The new model passes its %n gate rule.</numerusform><numerusform>The new model passes all %n gate rules.</numerusform></translation>
    </message>
</context>
<context>
    <name>mlr::eval::Metrics</name>
    <message>
        <source>Share of rows classified correctly at the threshold. Higher is better.</source>
        <translation>Share of rows classified correctly at the threshold. Higher is better.</translation>
    </message>
    <message>
        <source>Of the rows predicted positive, the share that really is positive. Higher is better.</source>
        <translation>Of the rows predicted positive, the share that really is positive. Higher is better.</translation>
    </message>
    <message>
        <source>Of the positive rows, the share the model finds (true positive rate). Higher is better.</source>
        <translation>Of the positive rows, the share the model finds (true positive rate). Higher is better.</translation>
    </message>
    <message>
        <source>Harmonic mean of precision and recall. Higher is better.</source>
        <translation>Harmonic mean of precision and recall. Higher is better.</translation>
    </message>
    <message>
        <source>Area under the ROC curve: the chance that a random positive row scores higher than a random negative one, over all thresholds. 0.5 is guessing, 1 is perfect.</source>
        <translation>Area under the ROC curve: the chance that a random positive row scores higher than a random negative one, over all thresholds. 0.5 is guessing, 1 is perfect.</translation>
    </message>
    <message>
        <source>Mean penalty for confident wrong probabilities (natural log). Lower is better.</source>
        <translation>Mean penalty for confident wrong probabilities (natural log). Lower is better.</translation>
    </message>
    <message>
        <source>Average absolute difference between prediction and actual value. Lower is better.</source>
        <translation>Average absolute difference between prediction and actual value. Lower is better.</translation>
    </message>
    <message>
        <source>Square root of the average squared error; large errors weigh more. Lower is better.</source>
        <translation>Square root of the average squared error; large errors weigh more. Lower is better.</translation>
    </message>
    <message>
        <source>Total absolute error divided by that of always predicting the mean. Lower is better.</source>
        <translation>Total absolute error divided by that of always predicting the mean. Lower is better.</translation>
    </message>
    <message>
        <source>Total squared error divided by that of always predicting the mean. Lower is better.</source>
        <translation>Total squared error divided by that of always predicting the mean. Lower is better.</translation>
    </message>
    <message>
        <source>R²: share of the label's variance the model explains. 1 is perfect, 0 is no better than the mean. Higher is better.</source>
        <translation>R²: share of the label's variance the model explains. 1 is perfect, 0 is no better than the mean. Higher is better.</translation>
    </message>
    <message>
        <source>Share of rows whose class is predicted correctly. Higher is better.</source>
        <translation>Share of rows whose class is predicted correctly. Higher is better.</translation>
    </message>
    <message>
        <source>Mean over the classes of each class's one-versus-rest accuracy. Higher is better.</source>
        <translation>Mean over the classes of each class's one-versus-rest accuracy. Higher is better.</translation>
    </message>
    <message>
        <source>Precision over all rows pooled (equals overall accuracy for single-label data). Higher is better.</source>
        <translation>Precision over all rows pooled (equals overall accuracy for single-label data). Higher is better.</translation>
    </message>
    <message>
        <source>Mean of the per-class precisions: every class counts the same. Higher is better.</source>
        <translation>Mean of the per-class precisions: every class counts the same. Higher is better.</translation>
    </message>
    <message>
        <source>Recall over all rows pooled. Higher is better.</source>
        <translation>Recall over all rows pooled. Higher is better.</translation>
    </message>
    <message>
        <source>Mean of the per-class recalls: every class counts the same. Higher is better.</source>
        <translation>Mean of the per-class recalls: every class counts the same. Higher is better.</translation>
    </message>
</context>
<context>
    <name>mlr::eval::ScoredCsv</name>
    <message>
        <source>Reading the scored dataset</source>
        <translation>Reading the scored dataset</translation>
    </message>
    <message>
        <source>Row %1 has "%2" where a number is expected (regression labels and scores are numbers).</source>
        <translation>Row %1 has "%2" where a number is expected (regression labels and scores are numbers).</translation>
    </message>
    <message>
        <source>The label column "%1" has more than two values (%2): a two-class evaluation needs at most two.</source>
        <translation>The label column "%1" has more than two values (%2): a two-class evaluation needs at most two.</translation>
    </message>
    <message>
        <source>The positive class "%1" is not among the values of "%2" (%3).</source>
        <translation>The positive class "%1" is not among the values of "%2" (%3).</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>The file could not be opened: %1</translation>
    </message>
    <message>
        <source>The scored dataset is empty: it has no header row.</source>
        <translation>The scored dataset is empty: it has no header row.</translation>
    </message>
    <message>
        <source>No label column was given for the scored dataset.</source>
        <translation>No label column was given for the scored dataset.</translation>
    </message>
    <message>
        <source>There is no label column "%1" in the scored dataset (its columns: %2).</source>
        <translation>There is no label column "%1" in the scored dataset (its columns: %2).</translation>
    </message>
    <message>
        <source>The scored dataset has no "Scored Labels" column: it was not produced by Score Model.</source>
        <translation>The scored dataset has no "Scored Labels" column: it was not produced by Score Model.</translation>
    </message>
    <message>
        <source>There is no column "%1" in the scored dataset.</source>
        <translation>There is no column "%1" in the scored dataset.</translation>
    </message>
    <message>
        <source>Row %1 (line %2) has %3 columns, but the header has %4.</source>
        <translation>Row %1 (line %2) has %3 columns, but the header has %4.</translation>
    </message>
    <message>
        <source>Row %1 (line %2): "Scored Probabilities" is "%3", not a number.</source>
        <translation>Row %1 (line %2): "Scored Probabilities" is "%3", not a number.</translation>
    </message>
</context>
<context>
    <name>mlr::gui</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
</context>
<context>
    <name>mlr::gui::AmlCredentialsPanel</name>
    <message>
        <source>Asking for a device code…</source>
        <translation>Asking for a device code…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Open &lt;a href="%1"&gt;%1&lt;/a&gt; and enter the code &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Open &lt;a href="%1"&gt;%1&lt;/a&gt; and enter the code &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Open %1 and enter the code %2.</source>
        <translation>Open %1 and enter the code %2.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser (the code expires at %1).</source>
        <translation>Waiting for you to sign in in the browser (the code expires at %1).</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Sign-in cancelled.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Sign-in failed: %1</translation>
    </message>
    <message>
        <source>Signed in with your account.</source>
        <translation>Signed in with your account.</translation>
    </message>
    <message>
        <source>Signed in as the application %1.</source>
        <translation>Signed in as the application %1.</translation>
    </message>
    <message>
        <source>The sign-in settings changed: sign in again.</source>
        <translation>The sign-in settings changed: sign in again.</translation>
    </message>
    <message>
        <source>Listing your subscriptions…</source>
        <translation>Listing your subscriptions…</translation>
    </message>
    <message>
        <source>Listing the subscriptions</source>
        <translation>Listing the subscriptions</translation>
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
        <translation>This sign-in sees no subscription: ask for access to one.</translation>
    </message>
    <message>
        <source>Listing the workspaces…</source>
        <translation>Listing the workspaces…</translation>
    </message>
    <message>
        <source>Listing the workspaces of subscription %1</source>
        <translation>Listing the workspaces of subscription %1</translation>
    </message>
    <message>
        <source>%1 (resource group %2, %3)</source>
        <translation>%1 (resource group %2, %3)</translation>
    </message>
    <message>
        <source>Subscription %1 has no Azure Machine Learning workspace.</source>
        <translation>Subscription %1 has no Azure Machine Learning workspace.</translation>
    </message>
    <message>
        <source>Listing the online endpoints…</source>
        <translation>Listing the online endpoints…</translation>
    </message>
    <message>
        <source>Listing the online endpoints of workspace %1</source>
        <translation>Listing the online endpoints of workspace %1</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>%1 (no traffic)</source>
        <translation>%1 (no traffic)</translation>
    </message>
    <message>
        <source>Workspace %1 has no online endpoint: deploy the model to one first.</source>
        <translation>Workspace %1 has no online endpoint: deploy the model to one first.</translation>
    </message>
    <message numerus="yes">
        <source>%n online endpoint(s) in workspace %1.</source>
        <translation><numerusform>%n online endpoint in workspace %1.</numerusform><numerusform>%n online endpoints in workspace %1.</numerusform></translation>
    </message>
    <message>
        <source>The directory (tenant) the application is registered in</source>
        <translation>The directory (tenant) the application is registered in</translation>
    </message>
    <message>
        <source>The application (client) id of the app registration</source>
        <translation>The application (client) id of the app registration</translation>
    </message>
    <message>
        <source>Kept in the system keychain when you save the profile</source>
        <translation>Kept in the system keychain when you save the profile</translation>
    </message>
    <message>
        <source>Sign in to Azure and list your subscriptions</source>
        <translation>Sign in to Azure and list your subscriptions</translation>
    </message>
    <message>
        <source>List the subscriptions, workspaces and endpoints again</source>
        <translation>List the subscriptions, workspaces and endpoints again</translation>
    </message>
    <message>
        <source>For the local sandbox: its ca.pem. Trusted on top of the system's certificate authorities.</source>
        <translation>For the local sandbox: its ca.pem. Trusted on top of the system's certificate authorities.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for you to sign in in the browser (next check in %n s)…</source>
        <translation><numerusform>Waiting for you to sign in in the browser (next check in %n s)…</numerusform><numerusform>Waiting for you to sign in in the browser (next check in %n s)…</numerusform></translation>
    </message>
    <message>
        <source>%1 (resource group %2)</source>
        <translation>%1 (resource group %2)</translation>
    </message>
    <message>
        <source>Sign in to choose the subscription, the workspace and the endpoint.</source>
        <translation>Sign in to choose the subscription, the workspace and the endpoint.</translation>
    </message>
    <message>
        <source>Loading from the keychain…</source>
        <translation>Loading from the keychain…</translation>
    </message>
    <message>
        <source>Signed in as last time.</source>
        <translation>Signed in as last time.</translation>
    </message>
    <message>
        <source>Signing in as last time failed: %1 Sign in again.</source>
        <translation>Signing in as last time failed: %1 Sign in again.</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Choose the CA certificate file</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM certificates (*.pem *.crt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>mlr::gui::AmlPageHelp</name>
    <message>
        <source>Step 1 of 5: Credentials</source>
        <translation>Step 1 of 5: Credentials</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose the connection profile to work with, or create one of the kind &lt;i&gt;Azure Machine Learning workspace&lt;/i&gt;. Sign in to Azure with the application's client secret, or with a device code in a browser, then choose the subscription, the workspace and the managed online endpoint that serves the model in production from the lists.&lt;/p&gt;&lt;p&gt;The client secret is kept in the system keychain, never in the profile file; access tokens stay in memory. For the local sandbox (mlstudio-local), the profile names the sandbox's certificate authority file, which is trusted on top of the system's: certificate checks stay on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choose the connection profile to work with, or create one of the kind &lt;i&gt;Azure Machine Learning workspace&lt;/i&gt;. Sign in to Azure with the application's client secret, or with a device code in a browser, then choose the subscription, the workspace and the managed online endpoint that serves the model in production from the lists.&lt;/p&gt;&lt;p&gt;The client secret is kept in the system keychain, never in the profile file; access tokens stay in memory. For the local sandbox (mlstudio-local), the profile names the sandbox's certificate authority file, which is trusted on top of the system's: certificate checks stay on.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Step 2 of 5: Storage</source>
        <translation>Step 2 of 5: Storage</translation>
    </message>
    <message>
        <source>&lt;p&gt;The new training data goes to the workspace's &lt;b&gt;default datastore&lt;/b&gt;: its storage account and container are shown, and its key is read from the workspace (it is never stored). When the datastore has no account key, or you prefer your own credentials, choose &lt;b&gt;My own storage credentials&lt;/b&gt; for the same account.&lt;/p&gt;&lt;p&gt;Nothing is uploaded yet: the data file is checked and uploaded on the next step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The new training data goes to the workspace's &lt;b&gt;default datastore&lt;/b&gt;: its storage account and container are shown, and its key is read from the workspace (it is never stored). When the datastore has no account key, or you prefer your own credentials, choose &lt;b&gt;My own storage credentials&lt;/b&gt; for the same account.&lt;/p&gt;&lt;p&gt;Nothing is uploaded yet: the data file is checked and uploaded on the next step.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Step 3 of 5: Submit</source>
        <translation>Step 3 of 5: Submit</translation>
    </message>
    <message>
        <source>&lt;p&gt;The model in production is the one behind the endpoint's deployment with the most traffic; retraining re-runs the job that trained it on new data. Choose the new CSV file: every row is checked against that model's input schema before a byte is uploaded.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Upload and submit&lt;/b&gt; uploads the file to the datastore, creates the job (a copy of the production model's job with the new data as its training input) and follows it until it ends. The job is recorded, so closing the wizard does not lose it: the next start offers to follow it again. &lt;b&gt;Cancel&lt;/b&gt; asks the workspace to stop the job.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The model in production is the one behind the endpoint's deployment with the most traffic; retraining re-runs the job that trained it on new data. Choose the new CSV file: every row is checked against that model's input schema before a byte is uploaded.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Upload and submit&lt;/b&gt; uploads the file to the datastore, creates the job (a copy of the production model's job with the new data as its training input) and follows it until it ends. The job is recorded, so closing the wizard does not lose it: the next start offers to follow it again. &lt;b&gt;Cancel&lt;/b&gt; asks the workspace to stop the job.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Step 4 of 5: Evaluate</source>
        <translation>Step 4 of 5: Evaluate</translation>
    </message>
    <message>
        <source>&lt;p&gt;The new job's metrics are compared with those of the job that trained the model in production. When the job writes its scored test rows, the production deployment scores the same rows, so both models are compared on exactly the same data: metrics side by side, curves and confusion matrices.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;promotion gate&lt;/b&gt; says whether the new model is good enough to go to production, by the rules of the profile.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The new job's metrics are compared with those of the job that trained the model in production. When the job writes its scored test rows, the production deployment scores the same rows, so both models are compared on exactly the same data: metrics side by side, curves and confusion matrices.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;promotion gate&lt;/b&gt; says whether the new model is good enough to go to production, by the rules of the profile.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Step 5 of 5: Update</source>
        <translation>Step 5 of 5: Update</translation>
    </message>
    <message>
        <source>&lt;p&gt;The endpoint's deployments and how its traffic is split are shown. &lt;b&gt;Deploy&lt;/b&gt; backs up the endpoint, registers the new model version, creates a new deployment next to the current one with no traffic, and scores the same sample rows on both (blue/green): you see both predictions side by side before any user does.&lt;/p&gt;&lt;p&gt;Traffic then moves in the stages you choose (for example 10 % then 100 %), each confirmed and read back from Azure. &lt;b&gt;Roll back&lt;/b&gt; puts all the traffic back on the previous deployment at once. The old deployment is deleted only when you &lt;b&gt;Retire&lt;/b&gt; it, after the new one has all the traffic.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Show commands&lt;/b&gt; gives the same steps as &lt;tt&gt;az ml&lt;/tt&gt; commands and REST calls.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The endpoint's deployments and how its traffic is split are shown. &lt;b&gt;Deploy&lt;/b&gt; backs up the endpoint, registers the new model version, creates a new deployment next to the current one with no traffic, and scores the same sample rows on both (blue/green): you see both predictions side by side before any user does.&lt;/p&gt;&lt;p&gt;Traffic then moves in the stages you choose (for example 10 % then 100 %), each confirmed and read back from Azure. &lt;b&gt;Roll back&lt;/b&gt; puts all the traffic back on the previous deployment at once. The old deployment is deleted only when you &lt;b&gt;Retire&lt;/b&gt; it, after the new one has all the traffic.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Show commands&lt;/b&gt; gives the same steps as &lt;tt&gt;az ml&lt;/tt&gt; commands and REST calls.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mlr::gui::AmlSubmitPage</name>
    <message>
        <source>Submit the retraining job</source>
        <translation>Submit the retraining job</translation>
    </message>
    <message>
        <source>Check the new training data against the production model's input, upload it and re-run the job that trained the model on it.</source>
        <translation>Check the new training data against the production model's input, upload it and re-run the job that trained the model on it.</translation>
    </message>
    <message>
        <source>The CSV file to train on; it is checked as soon as it is chosen</source>
        <translation>The CSV file to train on; it is checked as soon as it is chosen</translation>
    </message>
    <message>
        <source>Choose the CSV file in a file dialog (or drop it on the page)</source>
        <translation>Choose the CSV file in a file dialog (or drop it on the page)</translation>
    </message>
    <message>
        <source>Each problem of the data, with its line and column</source>
        <translation>Each problem of the data, with its line and column</translation>
    </message>
    <message>
        <source>Upload the checked file and submit the retraining job</source>
        <translation>Upload the checked file and submit the retraining job</translation>
    </message>
    <message>
        <source>Stop the upload, or cancel the running job</source>
        <translation>Stop the upload, or cancel the running job</translation>
    </message>
    <message>
        <source>The steps of the job with their times</source>
        <translation>The steps of the job with their times</translation>
    </message>
    <message>
        <source>Choose the training data</source>
        <translation>Choose the training data</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv);;All files (*)</source>
        <translation>CSV files (*.csv *.tsv);;All files (*)</translation>
    </message>
    <message>
        <source>Choose the job definition</source>
        <translation>Choose the job definition</translation>
    </message>
    <message>
        <source>Not signed in to Azure: sign in on the Credentials step first.</source>
        <translation>Not signed in to Azure: sign in on the Credentials step first.</translation>
    </message>
    <message>
        <source>Profile '%1' names no online endpoint: choose it on the Credentials step.</source>
        <translation>Profile '%1' names no online endpoint: choose it on the Credentials step.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Reading the endpoint…</source>
        <translation>Reading the endpoint…</translation>
    </message>
    <message>
        <source>Finding the model in production behind endpoint %1</source>
        <translation>Finding the model in production behind endpoint %1</translation>
    </message>
    <message>
        <source>%1 (%2 % of the traffic)</source>
        <translation>%1 (%2 % of the traffic)</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 version %2</translation>
    </message>
    <message>
        <source>Model %1 version %2 names no training job, so there is no job to re-run: choose the job's definition (the JSON of GET jobs/{name}).</source>
        <translation>Model %1 version %2 names no training job, so there is no job to re-run: choose the job's definition (the JSON of GET jobs/{name}).</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <translation>%1 (“%2”)</translation>
    </message>
    <message>
        <source>%1, %2, from the job definition file</source>
        <translation>%1, %2, from the job definition file</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Reading the job definition</source>
        <translation>Reading the job definition</translation>
    </message>
    <message>
        <source>Finding the workspace's default datastore</source>
        <translation>Finding the workspace's default datastore</translation>
    </message>
    <message>
        <source>Reading the input schema of model %1…</source>
        <translation>Reading the input schema of model %1…</translation>
    </message>
    <message>
        <source>Reading the input schema of model %1 version %2</source>
        <translation>Reading the input schema of model %1 version %2</translation>
    </message>
    <message>
        <source>Choose the CSV file to train on.</source>
        <translation>Choose the CSV file to train on.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>The file could not be checked: %1</translation>
    </message>
    <message>
        <source>Uploading to datastore %1 (container %2)</source>
        <translation>Uploading to datastore %1 (container %2)</translation>
    </message>
    <message>
        <source>Submitting a re-run of job %1 on %2</source>
        <translation>Submitting a re-run of job %1 on %2</translation>
    </message>
    <message>
        <source>Job %1 created</source>
        <translation>Job %1 created</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled during the upload: no job was submitted.</source>
        <translation>Cancelled during the upload: no job was submitted.</translation>
    </message>
    <message>
        <source>Submitting job %1 failed, and it may have been created (it is in the job journal): %2</source>
        <translation>Submitting job %1 failed, and it may have been created (it is in the job journal): %2</translation>
    </message>
    <message>
        <source>Uploading and submitting failed: %1</source>
        <translation>Uploading and submitting failed: %1</translation>
    </message>
    <message>
        <source>Job %1 was submitted to workspace %2, and profile '%3' points at %4: choose its profile on the Credentials step to follow it.</source>
        <translation>Job %1 was submitted to workspace %2, and profile '%3' points at %4: choose its profile on the Credentials step to follow it.</translation>
    </message>
    <message>
        <source>Re-attached to job %1 (submitted %2)</source>
        <translation>Re-attached to job %1 (submitted %2)</translation>
    </message>
    <message numerus="yes">
        <source>The workspace cannot be reached (%n time(s) in a row); still trying. %1</source>
        <translation><numerusform>The workspace cannot be reached (%n time in a row); still trying. %1</numerusform><numerusform>The workspace cannot be reached (%n times in a row); still trying. %1</numerusform></translation>
    </message>
    <message>
        <source>Job status: %1</source>
        <translation>Job status: %1</translation>
    </message>
    <message>
        <source>Following job %1 stopped: %2</source>
        <translation>Following job %1 stopped: %2</translation>
    </message>
    <message>
        <source>Cancelling the upload…</source>
        <translation>Cancelling the upload…</translation>
    </message>
    <message>
        <source>Cancelling job %1…</source>
        <translation>Cancelling job %1…</translation>
    </message>
    <message>
        <source>cancelling job %1</source>
        <translation>cancelling job %1</translation>
    </message>
    <message>
        <source>Cancelling the job failed: %1</source>
        <translation>Cancelling the job failed: %1</translation>
    </message>
    <message>
        <source>The Azure sign-in changed during the upload and submission, which stopped there. A job already submitted is in the job journal; otherwise submit again.</source>
        <translation>The Azure sign-in changed during the upload and submission, which stopped there. A job already submitted is in the job journal; otherwise submit again.</translation>
    </message>
    <message>
        <source>Signed in again: following job %1 with the new sign-in</source>
        <translation>Signed in again: following job %1 with the new sign-in</translation>
    </message>
    <message>
        <source>Signed out: job %1 goes on in the workspace; sign in to follow it again.</source>
        <translation>Signed out: job %1 goes on in the workspace; sign in to follow it again.</translation>
    </message>
    <message>
        <source>Job definitions (*.json *.yml *.yaml);;All files (*)</source>
        <translation>Job definitions (*.json *.yml *.yaml);;All files (*)</translation>
    </message>
</context>
<context>
    <name>mlr::gui::AzureSignIn</name>
    <message>
        <source>Enter the application's client secret, or sign in with a device code.</source>
        <translation>Enter the application's client secret, or sign in with a device code.</translation>
    </message>
</context>
<context>
    <name>mlr::gui::CredentialsForm</name>
    <message>
        <source>Loading from the keychain…</source>
        <translation>Loading from the keychain…</translation>
    </message>
    <message>
        <source>the retraining service</source>
        <translation>the retraining service</translation>
    </message>
    <message>
        <source>the predictive service</source>
        <translation>the predictive service</translation>
    </message>
</context>
<context>
    <name>mlr::gui::CredentialsPage</name>
    <message>
        <source>Credentials</source>
        <translation>Credentials</translation>
    </message>
    <message>
        <source>Choose a connection profile and enter the storage account and web service credentials. Secrets are kept in the system keychain, never in a file.</source>
        <translation>Choose a connection profile and enter the storage account and web service credentials. Secrets are kept in the system keychain, never in a file.</translation>
    </message>
    <message>
        <source>The secrets of this profile could not be read: %1</source>
        <translation>The secrets of this profile could not be read: %1</translation>
    </message>
    <message>
        <source>Your unsaved changes to this profile are back. Save to keep them.</source>
        <translation>Your unsaved changes to this profile are back. Save to keep them.</translation>
    </message>
    <message>
        <source>No keychain available: secrets are kept for this session only and will not be saved.</source>
        <translation>No keychain available: secrets are kept for this session only and will not be saved.</translation>
    </message>
    <message>
        <source>The settings were saved, but not the secrets: %1</source>
        <translation>The settings were saved, but not the secrets: %1</translation>
    </message>
    <message>
        <source>Settings saved. No keychain available: secrets are kept for this session only and will not be saved.</source>
        <translation>Settings saved. No keychain available: secrets are kept for this session only and will not be saved.</translation>
    </message>
    <message>
        <source>Saved: settings on this computer, secrets to keychain.</source>
        <translation>Saved: settings on this computer, secrets to keychain.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to “%1”: %n container(s).</source>
        <translation><numerusform>Connected to “%1”: %n container.</numerusform><numerusform>Connected to “%1”: %n containers.</numerusform></translation>
    </message>
    <message>
        <source>Reading secrets from the keychain…</source>
        <translation>Reading secrets from the keychain…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Connecting to the storage account…</source>
        <translation>Connecting to the storage account…</translation>
    </message>
    <message>
        <source>Updating the keychain…</source>
        <translation>Updating the keychain…</translation>
    </message>
    <message>
        <source>%1 and %2 were created for the profile %3, which is no longer shown: enter their endpoints and keys there.</source>
        <translation>%1 and %2 were created for the profile %3, which is no longer shown: enter their endpoints and keys there.</translation>
    </message>
    <message>
        <source>Created %1 and %2: their endpoints and keys are in the form. Save to keep them.</source>
        <translation>Created %1 and %2: their endpoints and keys are in the form. Save to keep them.</translation>
    </message>
    <message>
        <source>Choose a connection profile, sign in to Azure and choose the workspace and the online endpoint. Secrets are kept in the system keychain, never in a file.</source>
        <translation>Choose a connection profile, sign in to Azure and choose the workspace and the online endpoint. Secrets are kept in the system keychain, never in a file.</translation>
    </message>
</context>
<context>
    <name>mlr::gui::DatastorePage</name>
    <message>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>Where the training data goes: the workspace's default datastore, with the key the workspace gives, or with your own storage credentials for its account.</source>
        <translation>Where the training data goes: the workspace's default datastore, with the key the workspace gives, or with your own storage credentials for its account.</translation>
    </message>
    <message>
        <source>You are not signed in to Azure: sign in on the Credentials step to find the workspace's datastore.</source>
        <translation>You are not signed in to Azure: sign in on the Credentials step to find the workspace's datastore.</translation>
    </message>
    <message>
        <source>Finding the default datastore of workspace %1…</source>
        <translation>Finding the default datastore of workspace %1…</translation>
    </message>
    <message>
        <source>The workspace's default datastore could not be found: %1</source>
        <translation>The workspace's default datastore could not be found: %1</translation>
    </message>
    <message>
        <source>%1 Choose "My own storage credentials for this account" and give a key or a SAS token of storage account %2.</source>
        <translation>%1 Choose "My own storage credentials for this account" and give a key or a SAS token of storage account %2.</translation>
    </message>
    <message>
        <source>Your saved storage credentials could not be read from the keychain: %1</source>
        <translation>Your saved storage credentials could not be read from the keychain: %1</translation>
    </message>
    <message>
        <source>Give either the account key or a SAS token of storage account %1.</source>
        <translation>Give either the account key or a SAS token of storage account %1.</translation>
    </message>
    <message>
        <source>Checking your credentials for storage account %1…</source>
        <translation>Checking your credentials for storage account %1…</translation>
    </message>
    <message>
        <source>Listing container %1 of storage account %2…</source>
        <translation>Listing container %1 of storage account %2…</translation>
    </message>
    <message>
        <source>These credentials do not give access to container %1: %2</source>
        <translation>These credentials do not give access to container %1: %2</translation>
    </message>
    <message>
        <source>Container %1 could not be listed with the workspace's key: %2</source>
        <translation>Container %1 could not be listed with the workspace's key: %2</translation>
    </message>
    <message>
        <source>Your credentials give access to container %1 of storage account %2.</source>
        <translation>Your credentials give access to container %1 of storage account %2.</translation>
    </message>
    <message>
        <source>Container %1 of storage account %2 is ready, with the key the workspace gives.</source>
        <translation>Container %1 of storage account %2 is ready, with the key the workspace gives.</translation>
    </message>
    <message>
        <source>Access is established, but your credentials could not be saved in the keychain: %1</source>
        <translation>Access is established, but your credentials could not be saved in the keychain: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
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
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Model:version</source>
        <translation>Model:version</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>Instance type</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Traffic</translation>
    </message>
</context>
<context>
    <name>mlr::gui::EvalCharts</name>
    <message>
        <source>Current model</source>
        <translation>Current model</translation>
    </message>
    <message>
        <source>New model</source>
        <translation>New model</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Chance</translation>
    </message>
    <message>
        <source>Perfect prediction</source>
        <translation>Perfect prediction</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>No error</translation>
    </message>
    <message>
        <source>Metrics of both models</source>
        <translation>Metrics of both models</translation>
    </message>
</context>
<context>
    <name>mlr::gui::EvalConfusionModel</name>
    <message>
        <source>all classes</source>
        <translation>all classes</translation>
    </message>
    <message>
        <source>any class</source>
        <translation>any class</translation>
    </message>
    <message>
        <source>Actual: %1, predicted: %2. The new model has %3 rows here compared with the current model.</source>
        <translation>Actual: %1, predicted: %2. The new model has %3 rows here compared with the current model.</translation>
    </message>
    <message>
        <source>Actual: %1, predicted: %2: %3 rows.</source>
        <translation>Actual: %1, predicted: %2: %3 rows.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Actual: %1</source>
        <translation>Actual: %1</translation>
    </message>
    <message>
        <source>Predicted: %1</source>
        <translation>Predicted: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>mlr::gui::EvalMetricsModel</name>
    <message>
        <source>✔ Pass</source>
        <translation>✔ Pass</translation>
    </message>
    <message>
        <source>✘ Fail</source>
        <translation>✘ Fail</translation>
    </message>
    <message>
        <source>No rule</source>
        <translation>No rule</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>No change.</translation>
    </message>
    <message>
        <source>The new model is better on %1.</source>
        <translation>The new model is better on %1.</translation>
    </message>
    <message>
        <source>The new model is worse on %1.</source>
        <translation>The new model is worse on %1.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>New model</source>
        <translation>New model</translation>
    </message>
    <message>
        <source>Current model</source>
        <translation>Current model</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>The retrained model, on the rows of its test split.</source>
        <translation>The retrained model, on the rows of its test split.</translation>
    </message>
    <message>
        <source>The model in production, scored on the same rows.</source>
        <translation>The model in production, scored on the same rows.</translation>
    </message>
    <message>
        <source>New minus current.</source>
        <translation>New minus current.</translation>
    </message>
    <message>
        <source>Whether the metric passes the promotion gate's rules (see the profile's promotionGate).</source>
        <translation>Whether the metric passes the promotion gate's rules (see the profile's promotionGate).</translation>
    </message>
</context>
<context>
    <name>mlr::gui::EvalPointsModel</name>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
</context>
<context>
    <name>mlr::gui::EvaluatePage</name>
    <message>
        <source>Evaluate the new model</source>
        <translation>Evaluate the new model</translation>
    </message>
    <message>
        <source>Compare the retrained model with the one in production, on the same rows, before you deploy it.</source>
        <translation>Compare the retrained model with the one in production, on the same rows, before you deploy it.</translation>
    </message>
    <message>
        <source>ROC curve</source>
        <translation>ROC curve</translation>
    </message>
    <message>
        <source>Precision and recall</source>
        <translation>Precision and recall</translation>
    </message>
    <message>
        <source>Lift (true positives found)</source>
        <translation>Lift (true positives found)</translation>
    </message>
    <message>
        <source>True positive rate against false positive rate over every threshold; the area under it is the AUC.</source>
        <translation>True positive rate against false positive rate over every threshold; the area under it is the AUC.</translation>
    </message>
    <message>
        <source>Precision against recall over every threshold; useful when positives are rare.</source>
        <translation>Precision against recall over every threshold; useful when positives are rare.</translation>
    </message>
    <message>
        <source>How many positives each model finds when it flags a given share of the rows.</source>
        <translation>How many positives each model finds when it flags a given share of the rows.</translation>
    </message>
    <message>
        <source>Predicted against actual</source>
        <translation>Predicted against actual</translation>
    </message>
    <message>
        <source>Residuals (actual − predicted)</source>
        <translation>Residuals (actual − predicted)</translation>
    </message>
    <message>
        <source>Reading the web services' API keys…</source>
        <translation>Reading the web services' API keys…</translation>
    </message>
    <message>
        <source>The predictive service's API key could not be read: %1</source>
        <translation>The predictive service's API key could not be read: %1</translation>
    </message>
    <message>
        <source>The predictive service's API key is not set: enter it on the Credentials step. It is needed to score the same rows with the model in production.</source>
        <translation>The predictive service's API key is not set: enter it on the Credentials step. It is needed to score the same rows with the model in production.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Job %1 is not in the job journal, so its outputs cannot be found.</source>
        <translation>Job %1 is not in the job journal, so its outputs cannot be found.</translation>
    </message>
    <message>
        <source>The storage account is not set: complete the Credentials step to read the job's outputs.</source>
        <translation>The storage account is not set: complete the Credentials step to read the job's outputs.</translation>
    </message>
    <message>
        <source>The profile has no predictive service address (predictiveRequestUrl): enter it on the Credentials step.</source>
        <translation>The profile has no predictive service address (predictiveRequestUrl): enter it on the Credentials step.</translation>
    </message>
    <message>
        <source>Reading the results of job %1…</source>
        <translation>Reading the results of job %1…</translation>
    </message>
    <message>
        <source>The new model could not be evaluated: %1</source>
        <translation>The new model could not be evaluated: %1</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Drawing the charts…</translation>
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
        <translation><numerusform>%Ln row compared.</numerusform><numerusform>%Ln rows compared.</numerusform></translation>
    </message>
    <message>
        <source>At threshold %1: accuracy %2 (current %3), precision %4 (current %5), recall %6 (current %7).</source>
        <translation>At threshold %1: accuracy %2 (current %3), precision %4 (current %5), recall %6 (current %7).</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>Share of rows predicted positive</source>
        <translation>Share of rows predicted positive</translation>
    </message>
    <message>
        <source>True positives found</source>
        <translation>True positives found</translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation>False positive rate</translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation>True positive rate</translation>
    </message>
    <message>
        <source>AUC: new %1, current %2</source>
        <translation>AUC: new %1, current %2</translation>
    </message>
    <message>
        <source>Residuals</source>
        <translation>Residuals</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Predicted value</translation>
    </message>
    <message>
        <source>Actual − predicted</source>
        <translation>Actual − predicted</translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation>Actual value</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>The chart could not be saved to %1.</translation>
    </message>
    <message>
        <source>This tab has no chart to export.</source>
        <translation>This tab has no chart to export.</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>Chart saved to %1.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>The metrics table is on the clipboard (tab-separated: paste it into a spreadsheet).</source>
        <translation>The metrics table is on the clipboard (tab-separated: paste it into a spreadsheet).</translation>
    </message>
    <message>
        <source>New model</source>
        <translation>New model</translation>
    </message>
    <message>
        <source>Current model</source>
        <translation>Current model</translation>
    </message>
    <message>
        <source>Compared on the metrics both jobs reported.</source>
        <translation>Compared on the metrics both jobs reported.</translation>
    </message>
    <message>
        <source>The curves and confusion matrices need both models' scores on the same rows, so they are not shown: the table compares the metrics each job reported.</source>
        <translation>The curves and confusion matrices need both models' scores on the same rows, so they are not shown: the table compares the metrics each job reported.</translation>
    </message>
    <message>
        <source>You are not signed in to Azure: sign in on the Credentials step to read job %1.</source>
        <translation>You are not signed in to Azure: sign in on the Credentials step to read job %1.</translation>
    </message>
    <message>
        <source>The Azure sign-in changed while job %1 was being evaluated: evaluate it again.</source>
        <translation>The Azure sign-in changed while job %1 was being evaluated: evaluate it again.</translation>
    </message>
    <message>
        <source>Comparing job %1 with model %2 version %3 (deployment %4 of endpoint %5)…</source>
        <translation>Comparing job %1 with model %2 version %3 (deployment %4 of endpoint %5)…</translation>
    </message>
    <message>
        <source>Reading job %1 in workspace %2…</source>
        <translation>Reading job %1 in workspace %2…</translation>
    </message>
</context>
<context>
    <name>mlr::gui::HelpDialog</name>
    <message>
        <source>Help: %1</source>
        <translation>Help: %1</translation>
    </message>
    <message>
        <source>Every option of these commands is explained by &lt;tt&gt;%1&lt;/tt&gt;.</source>
        <translation>Every option of these commands is explained by &lt;tt&gt;%1&lt;/tt&gt;.</translation>
    </message>
</context>
<context>
    <name>mlr::gui::InlineMessage</name>
    <message>
        <source>Message action</source>
        <translation>Message action</translation>
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
        <translation>Success</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Does what the message next to it offers</source>
        <translation>Does what the message next to it offers</translation>
    </message>
</context>
<context>
    <name>mlr::gui::LanguageSelector</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The language of the wizard: the system's, English or French. It applies after a restart.</source>
        <translation>The language of the wizard: the system's, English or French. It applies after a restart.</translation>
    </message>
    <message>
        <source>Applies after a restart.</source>
        <translation>Applies after a restart.</translation>
    </message>
    <message>
        <source>Close the wizard and open it again in the chosen language. Only possible while nothing is running.</source>
        <translation>Close the wizard and open it again in the chosen language. Only possible while nothing is running.</translation>
    </message>
    <message>
        <source>Restart the wizard in the chosen language.</source>
        <translation>Restart the wizard in the chosen language.</translation>
    </message>
    <message>
        <source>Wait until the running job, upload or update has ended.</source>
        <translation>Wait until the running job, upload or update has ended.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Restart now</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
</context>
<context>
    <name>mlr::gui::PageHelp</name>
    <message>
        <source>Step 1 of 5: Credentials</source>
        <translation>Step 1 of 5: Credentials</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose the connection profile to work with, or create one. A profile names the storage account that holds the training data and the models, the retraining web service (its batch execution endpoint and API key), the predictive web service in production and the Azure Resource Manager settings used to update it.&lt;/p&gt;&lt;p&gt;Keys and secrets are kept in the system keychain, never in the profile file. &lt;b&gt;Test&lt;/b&gt; lists the containers of the storage account to prove the key works; a key is never sent over plain HTTP except to this computer.&lt;/p&gt;&lt;p&gt;Against the local sandbox (mlstudio-local), &lt;b&gt;Create services…&lt;/b&gt; deploys a new retraining and predictive web service pair for your CSV file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choose the connection profile to work with, or create one. A profile names the storage account that holds the training data and the models, the retraining web service (its batch execution endpoint and API key), the predictive web service in production and the Azure Resource Manager settings used to update it.&lt;/p&gt;&lt;p&gt;Keys and secrets are kept in the system keychain, never in the profile file. &lt;b&gt;Test&lt;/b&gt; lists the containers of the storage account to prove the key works; a key is never sent over plain HTTP except to this computer.&lt;/p&gt;&lt;p&gt;Against the local sandbox (mlstudio-local), &lt;b&gt;Create services…&lt;/b&gt; deploys a new retraining and predictive web service pair for your CSV file.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Step 2 of 5: Storage</source>
        <translation>Step 2 of 5: Storage</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pick the container that receives the new training data and the job's outputs (the trained model &lt;tt&gt;.ilearner&lt;/tt&gt;, the evaluation and the scored rows), or create one. Names are 3 to 63 lowercase letters, digits and hyphens.&lt;/p&gt;&lt;p&gt;Nothing is uploaded yet: the data file is checked and uploaded on the next step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pick the container that receives the new training data and the job's outputs (the trained model &lt;tt&gt;.ilearner&lt;/tt&gt;, the evaluation and the scored rows), or create one. Names are 3 to 63 lowercase letters, digits and hyphens.&lt;/p&gt;&lt;p&gt;Nothing is uploaded yet: the data file is checked and uploaded on the next step.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Step 3 of 5: Submit</source>
        <translation>Step 3 of 5: Submit</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose the new training data (a CSV file). Before a byte is uploaded, every row is checked against the columns and types the retraining service expects; each problem is shown with its line and column.&lt;/p&gt;&lt;p&gt;The global parameters of the retraining service start at their defaults and can be edited. &lt;b&gt;Upload and submit&lt;/b&gt; uploads the file, creates the batch execution job, starts it and follows it until it ends. The job is recorded, so closing the wizard does not lose it: the next start offers to follow it again. &lt;b&gt;Cancel&lt;/b&gt; stops the upload, or asks the service to stop the job.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choose the new training data (a CSV file). Before a byte is uploaded, every row is checked against the columns and types the retraining service expects; each problem is shown with its line and column.&lt;/p&gt;&lt;p&gt;The global parameters of the retraining service start at their defaults and can be edited. &lt;b&gt;Upload and submit&lt;/b&gt; uploads the file, creates the batch execution job, starts it and follows it until it ends. The job is recorded, so closing the wizard does not lose it: the next start offers to follow it again. &lt;b&gt;Cancel&lt;/b&gt; stops the upload, or asks the service to stop the job.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Step 4 of 5: Evaluate</source>
        <translation>Step 4 of 5: Evaluate</translation>
    </message>
    <message>
        <source>&lt;p&gt;The retrained model and the model in production score exactly the same rows, and their metrics are compared side by side, with the difference of each. The charts (ROC and precision/recall curves, confusion matrices) have the same figures in tables next to them.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;promotion gate&lt;/b&gt; says whether the new model is good enough to replace the one in production, by the rules of the profile. Hover over a metric for a short explanation of it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The retrained model and the model in production score exactly the same rows, and their metrics are compared side by side, with the difference of each. The charts (ROC and precision/recall curves, confusion matrices) have the same figures in tables next to them.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;promotion gate&lt;/b&gt; says whether the new model is good enough to replace the one in production, by the rules of the profile. Hover over a metric for a short explanation of it.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Step 5 of 5: Update</source>
        <translation>Step 5 of 5: Update</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sign in to Azure Resource Manager and choose the &lt;i&gt;predictive&lt;/i&gt; web service to update. The guard refuses a training service, a read-only service or one without a trained model asset, and warns when the model lives in another storage account.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Update&lt;/b&gt; first saves a backup of the current definition, changes only the trained model's location, waits for the operation, reads the service back to check the change took effect, then scores sample rows before and after. Every update can be undone with &lt;b&gt;Roll back&lt;/b&gt;, through the same checks.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Show commands&lt;/b&gt; gives the same steps as REST calls and as PowerShell cmdlets.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sign in to Azure Resource Manager and choose the &lt;i&gt;predictive&lt;/i&gt; web service to update. The guard refuses a training service, a read-only service or one without a trained model asset, and warns when the model lives in another storage account.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Update&lt;/b&gt; first saves a backup of the current definition, changes only the trained model's location, waits for the operation, reads the service back to check the change took effect, then scores sample rows before and after. Every update can be undone with &lt;b&gt;Roll back&lt;/b&gt;, through the same checks.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Show commands&lt;/b&gt; gives the same steps as REST calls and as PowerShell cmdlets.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mlr::gui::ProfileBar</name>
    <message>
        <source>The built-in “%1” profile cannot be renamed.</source>
        <translation>The built-in “%1” profile cannot be renamed.</translation>
    </message>
    <message>
        <source>Give this profile another name.</source>
        <translation>Give this profile another name.</translation>
    </message>
    <message>
        <source>The built-in “%1” profile cannot be deleted.</source>
        <translation>The built-in “%1” profile cannot be deleted.</translation>
    </message>
    <message>
        <source>Delete this profile and its secrets.</source>
        <translation>Delete this profile and its secrets.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Create the profile</source>
        <translation>Create the profile</translation>
    </message>
    <message>
        <source>Rename the profile</source>
        <translation>Rename the profile</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists. Choose another name.</source>
        <translation>A profile named “%1” already exists. Choose another name.</translation>
    </message>
    <message>
        <source>Profile “%1” created. Enter its credentials and save.</source>
        <translation>Profile “%1” created. Enter its credentials and save.</translation>
    </message>
    <message>
        <source>Profile “%1” renamed to “%2”.</source>
        <translation>Profile “%1” renamed to “%2”.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Delete profile</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and the secrets it keeps in the keychain?</source>
        <translation>Delete the profile “%1” and the secrets it keeps in the keychain?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Profile “%1” deleted.</source>
        <translation>Profile “%1” deleted.</translation>
    </message>
    <message>
        <source>%1 Its secrets could not all be updated in the keychain: %2</source>
        <translation>%1 Its secrets could not all be updated in the keychain: %2</translation>
    </message>
    <message>
        <source>Azure ML Studio (classic) web services</source>
        <translation>Azure ML Studio (classic) web services</translation>
    </message>
    <message>
        <source>Azure Machine Learning workspace</source>
        <translation>Azure Machine Learning workspace</translation>
    </message>
</context>
<context>
    <name>mlr::gui::RetrainWizard</name>
    <message>
        <source>Retraining job still running</source>
        <translation>Retraining job still running</translation>
    </message>
    <message>
        <source>Job %1 of %2 (profile '%3', submitted %4) had not ended when the wizard last closed. Follow it on the Submit step?</source>
        <translation>Job %1 of %2 (profile '%3', submitted %4) had not ended when the wizard last closed. Follow it on the Submit step?</translation>
    </message>
    <message>
        <source>&amp;Follow the job</source>
        <translation>&amp;Follow the job</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Not now</translation>
    </message>
    <message>
        <source>ML Retrain Wizard</source>
        <translation>ML Retrain Wizard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>What this step does, and the equivalent commands (F1)</source>
        <translation>What this step does, and the equivalent commands (F1)</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credentials</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Evaluate</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Azure Machine Learning job %1 retraining endpoint %2 (profile '%3', submitted %4) had not ended when the wizard last closed. Follow it on the Submit step?</source>
        <translation>Azure Machine Learning job %1 retraining endpoint %2 (profile '%3', submitted %4) had not ended when the wizard last closed. Follow it on the Submit step?</translation>
    </message>
</context>
<context>
    <name>mlr::gui::RolloutPage</name>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Roll the retrained model out on the online endpoint, in stages.</source>
        <translation>Roll the retrained model out on the online endpoint, in stages.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>No retraining job yet: submit one on the Submit step first.</source>
        <translation>No retraining job yet: submit one on the Submit step first.</translation>
    </message>
    <message>
        <source>Roll out the model of job %1 on endpoint %2.</source>
        <translation>Roll out the model of job %1 on endpoint %2.</translation>
    </message>
    <message>
        <source>Job %1 was not evaluated: the roll-out goes on without a gate verdict.</source>
        <translation>Job %1 was not evaluated: the roll-out goes on without a gate verdict.</translation>
    </message>
    <message>
        <source>The last roll-out: %1</source>
        <translation>The last roll-out: %1</translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation>Backup %1</translation>
    </message>
    <message>
        <source>Sign in to the workspace and choose an online endpoint on the Credentials step first.</source>
        <translation>Sign in to the workspace and choose an online endpoint on the Credentials step first.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup is of endpoint %1, not %2. Nothing was changed.</source>
        <translation>The backup is of endpoint %1, not %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>Rolling back to %1…</source>
        <translation>Rolling back to %1…</translation>
    </message>
    <message>
        <source>traffic read back: %1</source>
        <translation>traffic read back: %1</translation>
    </message>
    <message>
        <source>the traffic could not be read back</source>
        <translation>the traffic could not be read back</translation>
    </message>
    <message>
        <source>Rollback: %1.</source>
        <translation>Rollback: %1.</translation>
    </message>
    <message>
        <source>%1
The endpoint: %2.</source>
        <translation>%1
The endpoint: %2.</translation>
    </message>
    <message>
        <source>Rolled back: %1.</source>
        <translation>Rolled back: %1.</translation>
    </message>
    <message>
        <source>There is no roll-out of endpoint %1 to retire the old deployment of.</source>
        <translation>There is no roll-out of endpoint %1 to retire the old deployment of.</translation>
    </message>
    <message>
        <source>%1 still has %2 % of the traffic: retire it only once %3 has all of it. Nothing was changed (traffic: %4).</source>
        <translation>%1 still has %2 % of the traffic: retire it only once %3 has all of it. Nothing was changed (traffic: %4).</translation>
    </message>
    <message>
        <source>the new deployment</source>
        <translation>the new deployment</translation>
    </message>
    <message>
        <source>Deployment %1 is the rollback target of the last roll-out: once it is deleted, a rollback means creating it again. Retire it anyway?</source>
        <translation>Deployment %1 is the rollback target of the last roll-out: once it is deleted, a rollback means creating it again. Retire it anyway?</translation>
    </message>
    <message>
        <source>Retire &amp;anyway</source>
        <translation>Retire &amp;anyway</translation>
    </message>
    <message>
        <source>Retiring deployment %1…</source>
        <translation>Retiring deployment %1…</translation>
    </message>
    <message>
        <source>deployments %1; traffic %2</source>
        <translation>deployments %1; traffic %2</translation>
    </message>
    <message>
        <source>Deployment %1 is deleted.</source>
        <translation>Deployment %1 is deleted.</translation>
    </message>
    <message>
        <source>Deployment %1 is deleted; deployments now: %2.</source>
        <translation>Deployment %1 is deleted; deployments now: %2.</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Report saved to %1.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <source>Traffic put back: %1.</source>
        <translation>Traffic put back: %1.</translation>
    </message>
    <message>
        <source>The history could not be updated: %1</source>
        <translation>The history could not be updated: %1</translation>
    </message>
    <message>
        <source>There is no retraining job to roll out: submit one on the Submit step first.</source>
        <translation>There is no retraining job to roll out: submit one on the Submit step first.</translation>
    </message>
    <message>
        <source>Sign in to the workspace on the Credentials step first.</source>
        <translation>Sign in to the workspace on the Credentials step first.</translation>
    </message>
    <message>
        <source>Job %1 is %2, not Completed: only a completed job can be rolled out. Nothing was changed.</source>
        <translation>Job %1 is %2, not Completed: only a completed job can be rolled out. Nothing was changed.</translation>
    </message>
    <message>
        <source>Job %1 failed the promotion gate: nothing was changed (check “Roll out although the gate failed” to roll it out anyway).</source>
        <translation>Job %1 failed the promotion gate: nothing was changed (check “Roll out although the gate failed” to roll it out anyway).</translation>
    </message>
    <message>
        <source>No rows to smoke-test the new deployment with: the training CSV of job %1 is not in this machine's job journal. Nothing was changed.</source>
        <translation>No rows to smoke-test the new deployment with: the training CSV of job %1 is not in this machine's job journal. Nothing was changed.</translation>
    </message>
    <message>
        <source>Reading job %1 for the sample rows…</source>
        <translation>Reading job %1 for the sample rows…</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>job %1</translation>
    </message>
    <message>
        <source>Retrained by job %1 (mlretrain)</source>
        <translation>Retrained by job %1 (mlretrain)</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Backup: %1</translation>
    </message>
    <message>
        <source>Stage %1 %: already in place (%2).</source>
        <translation>Stage %1 %: already in place (%2).</translation>
    </message>
    <message>
        <source>Stage %1 %: traffic read back: %2.</source>
        <translation>Stage %1 %: traffic read back: %2.</translation>
    </message>
    <message>
        <source>Move traffic to %1 % on %2 (%3)?</source>
        <translation>Move traffic to %1 % on %2 (%3)?</translation>
    </message>
    <message>
        <source>Current (%1)</source>
        <translation>Current (%1)</translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation>New (%1)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>Predictions unchanged: %1 The new deployment may serve the same model.</source>
        <translation>Predictions unchanged: %1 The new deployment may serve the same model.</translation>
    </message>
    <message>
        <source>Smoke test: %1</source>
        <translation>Smoke test: %1</translation>
    </message>
    <message>
        <source>%1
The endpoint: %2</source>
        <translation>%1
The endpoint: %2</translation>
    </message>
    <message>
        <source>unchanged (nothing was written).</source>
        <translation>unchanged (nothing was written).</translation>
    </message>
    <message>
        <source>Share of the endpoint's live traffic per deployment</source>
        <translation>Share of the endpoint's live traffic per deployment</translation>
    </message>
    <message>
        <source>Traffic not known</source>
        <translation>Traffic not known</translation>
    </message>
    <message>
        <source>Traffic: %1</source>
        <translation>Traffic: %1</translation>
    </message>
    <message>
        <source>The Azure sign-in changed while an action ran on endpoint %1: it stopped there. Check the deployments and the traffic below before going on.</source>
        <translation>The Azure sign-in changed while an action ran on endpoint %1: it stopped there. Check the deployments and the traffic below before going on.</translation>
    </message>
    <message>
        <source>Evaluation of job %1: %2</source>
        <translation>Evaluation of job %1: %2</translation>
    </message>
</context>
<context>
    <name>mlr::gui::ServicePairCreator</name>
    <message>
        <source>The profile cannot sign in to Azure: %1</source>
        <translation>The profile cannot sign in to Azure: %1</translation>
    </message>
    <message>
        <source>Enter the client secret of the profile's application.</source>
        <translation>Enter the client secret of the profile's application.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>Checking that the name %1 is free…</source>
        <translation>Checking that the name %1 is free…</translation>
    </message>
    <message>
        <source>The name %1 is taken: the web service %2 already exists. Choose another name.</source>
        <translation>The name %1 is taken: the web service %2 already exists. Choose another name.</translation>
    </message>
    <message>
        <source>Creating %1-retraining and %1-predictive and training the first model…</source>
        <translation>Creating %1-retraining and %1-predictive and training the first model…</translation>
    </message>
</context>
<context>
    <name>mlr::gui::ServicePairDialog</name>
    <message>
        <source>Two-class classification</source>
        <translation>Two-class classification</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>From the keychain</source>
        <translation>From the keychain</translation>
    </message>
    <message>
        <source>Choose the training CSV</source>
        <translation>Choose the training CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 has no header line.</source>
        <translation>%1 has no header line.</translation>
    </message>
    <message>
        <source>Reading the CSV…</source>
        <translation>Reading the CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s); choose the label column.</source>
        <translation><numerusform>%n column; choose the label column.</numerusform><numerusform>%n columns; choose the label column.</numerusform></translation>
    </message>
    <message>
        <source>The name may have letters, digits, '-', '_' and '.', and starts with a letter or digit.</source>
        <translation>The name may have letters, digits, '-', '_' and '.', and starts with a letter or digit.</translation>
    </message>
    <message>
        <source>The services were not created: %1</source>
        <translation>The services were not created: %1</translation>
    </message>
</context>
<context>
    <name>mlr::gui::StepList</name>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>The steps of the retraining, with the current step highlighted</source>
        <translation>The steps of the retraining, with the current step highlighted</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>current step</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, %4</source>
        <extracomment>Accessible text of a step in the side panel, e.g. "Step 2 of 5: Storage, current step"</extracomment>
        <translation>Step %1 of %2: %3, %4</translation>
    </message>
</context>
<context>
    <name>mlr::gui::StoragePage</name>
    <message>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>Pick the Blob storage container for the training data and the retrained models, or create one.</source>
        <translation>Pick the Blob storage container for the training data and the retrained models, or create one.</translation>
    </message>
    <message>
        <source>The storage credentials could not be read from the keychain: %1</source>
        <translation>The storage credentials could not be read from the keychain: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Last modified %1</source>
        <translation>Last modified %1</translation>
    </message>
    <message>
        <source>This account has no containers yet: create one below.</source>
        <translation>This account has no containers yet: create one below.</translation>
    </message>
    <message>
        <source>Container “%1” created.</source>
        <translation>Container “%1” created.</translation>
    </message>
    <message>
        <source>Container “%1” already exists; it is selected.</source>
        <translation>Container “%1” already exists; it is selected.</translation>
    </message>
    <message>
        <source>Select a container to continue.</source>
        <translation>Select a container to continue.</translation>
    </message>
    <message>
        <source>The retraining will use the container “%1”.</source>
        <translation>The retraining will use the container “%1”.</translation>
    </message>
    <message>
        <source>The choice could not be saved in the profile: %1</source>
        <translation>The choice could not be saved in the profile: %1</translation>
    </message>
    <message>
        <source>Listing the containers…</source>
        <translation>Listing the containers…</translation>
    </message>
    <message>
        <source>Creating the container…</source>
        <translation>Creating the container…</translation>
    </message>
    <message>
        <source>Reading the storage credentials from the keychain…</source>
        <translation>Reading the storage credentials from the keychain…</translation>
    </message>
</context>
<context>
    <name>mlr::gui::SubmitPage</name>
    <message numerus="yes">
        <source>%Ln row(s) checked</source>
        <translation><numerusform>%Ln row checked</numerusform><numerusform>%Ln rows checked</numerusform></translation>
    </message>
    <message>
        <source>%1: no problems. Ready to upload.</source>
        <translation>%1: no problems. Ready to upload.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n error</numerusform><numerusform>%n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
    <message>
        <source>%1: %2. The data can be uploaded.</source>
        <translation>%1: %2. The data can be uploaded.</translation>
    </message>
    <message>
        <source>%1: %2 and %3. Fix the errors first: nothing is uploaded before.</source>
        <translation>%1: %2 and %3. Fix the errors first: nothing is uploaded before.</translation>
    </message>
    <message>
        <source>Uploading the data</source>
        <translation>Uploading the data</translation>
    </message>
    <message>
        <source>Submitting the job</source>
        <translation>Submitting the job</translation>
    </message>
    <message>
        <source>Starting the job</source>
        <translation>Starting the job</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>about %1 left</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Elapsed %1</translation>
    </message>
    <message>
        <source>The job finished: the new model is %1. Continue to compare it with the model in production.</source>
        <translation>The job finished: the new model is %1. Continue to compare it with the model in production.</translation>
    </message>
    <message>
        <source>The job was cancelled.</source>
        <translation>The job was cancelled.</translation>
    </message>
    <message>
        <source>The job failed; the service gave no details.</source>
        <translation>The job failed; the service gave no details.</translation>
    </message>
    <message>
        <source>The job failed: %1</source>
        <translation>The job failed: %1</translation>
    </message>
    <message>
        <source>The job ended in an unknown state.</source>
        <translation>The job ended in an unknown state.</translation>
    </message>
    <message>
        <source>Submit the retraining job</source>
        <translation>Submit the retraining job</translation>
    </message>
    <message>
        <source>Check the new training data, upload it and run the retraining web service on it.</source>
        <translation>Check the new training data, upload it and run the retraining web service on it.</translation>
    </message>
    <message>
        <source>Choose the training data</source>
        <translation>Choose the training data</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv);;All files (*)</source>
        <translation>CSV files (*.csv *.tsv);;All files (*)</translation>
    </message>
    <message>
        <source>Profile '%1' has no retraining service (its batch URL): set it on the Credentials step.</source>
        <translation>Profile '%1' has no retraining service (its batch URL): set it on the Credentials step.</translation>
    </message>
    <message>
        <source>The retraining service's API key could not be read: %1</source>
        <translation>The retraining service's API key could not be read: %1</translation>
    </message>
    <message>
        <source>The retraining service's API key is not set: enter it on the Credentials step.</source>
        <translation>The retraining service's API key is not set: enter it on the Credentials step.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Reading the retraining service's description…</source>
        <translation>Reading the retraining service's description…</translation>
    </message>
    <message>
        <source>The retraining service's description (swagger.json) could not be read: %1</source>
        <translation>The retraining service's description (swagger.json) could not be read: %1</translation>
    </message>
    <message>
        <source>Choose the CSV file to train on.</source>
        <translation>Choose the CSV file to train on.</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>Value of %1</translation>
    </message>
    <message>
        <source>%1, required</source>
        <translation>%1, required</translation>
    </message>
    <message>
        <source>This service has no global parameters.</source>
        <translation>This service has no global parameters.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>Connect to the storage account on the Storage step first.</source>
        <translation>Connect to the storage account on the Storage step first.</translation>
    </message>
    <message>
        <source>Choose a container on the Storage step first.</source>
        <translation>Choose a container on the Storage step first.</translation>
    </message>
    <message>
        <source>Job %1 created</source>
        <translation>Job %1 created</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled: nothing is running.</source>
        <translation>Cancelled: nothing is running.</translation>
    </message>
    <message>
        <source>Re-attached to job %1 (submitted %2)</source>
        <translation>Re-attached to job %1 (submitted %2)</translation>
    </message>
    <message numerus="yes">
        <source>The service cannot be reached (%n time(s) in a row); still trying. %1</source>
        <translation><numerusform>The service cannot be reached (%n time in a row); still trying. %1</numerusform><numerusform>The service cannot be reached (%n times in a row); still trying. %1</numerusform></translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>The job finished. Continue to compare its model with the model in production.</source>
        <translation>The job finished. Continue to compare its model with the model in production.</translation>
    </message>
</context>
<context>
    <name>mlr::gui::UpdatePage</name>
    <message>
        <source>Update the predictive web service</source>
        <translation>Update the predictive web service</translation>
    </message>
    <message>
        <source>Point the predictive web service at the new trained model, check that it took effect, and keep a way back.</source>
        <translation>Point the predictive web service at the new trained model, check that it took effect, and keep a way back.</translation>
    </message>
    <message>
        <source>Hide &amp;commands</source>
        <translation>Hide &amp;commands</translation>
    </message>
    <message>
        <source>Show &amp;commands</source>
        <translation>Show &amp;commands</translation>
    </message>
    <message>
        <source>From the keychain</source>
        <translation>From the keychain</translation>
    </message>
    <message>
        <source>No retraining job yet: submit one on the Submit step.</source>
        <translation>No retraining job yet: submit one on the Submit step.</translation>
    </message>
    <message>
        <source>Job %1 is not in the job journal.</source>
        <translation>Job %1 is not in the job journal.</translation>
    </message>
    <message>
        <source>Job %1 has no trained model (it has not finished).</source>
        <translation>Job %1 has no trained model (it has not finished).</translation>
    </message>
    <message>
        <source>New trained model (job %1): %2</source>
        <translation>New trained model (job %1): %2</translation>
    </message>
    <message>
        <source>Sign &amp;in again</source>
        <translation>Sign &amp;in again</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Sign &amp;in</translation>
    </message>
    <message>
        <source>Update service</source>
        <translation>Update service</translation>
    </message>
    <message>
        <source>Update %1</source>
        <translation>Update %1</translation>
    </message>
    <message>
        <source>No evaluation of this job is recorded: check it on the Evaluate step before you update.</source>
        <translation>No evaluation of this job is recorded: check it on the Evaluate step before you update.</translation>
    </message>
    <message>
        <source>Promotion gate passed: %1</source>
        <translation>Promotion gate passed: %1</translation>
    </message>
    <message>
        <source>Promotion gate failed: %1 Updating needs an explicit override.</source>
        <translation>Promotion gate failed: %1 Updating needs an explicit override.</translation>
    </message>
    <message>
        <source>%1  %2  %3  (%4)</source>
        <translation>%1  %2  %3  (%4)</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Nothing recorded yet.</translation>
    </message>
    <message>
        <source>The history file could not be read: %1</source>
        <translation>The history file could not be read: %1</translation>
    </message>
    <message>
        <source>(Not recorded in the history: %1)</source>
        <translation>(Not recorded in the history: %1)</translation>
    </message>
    <message>
        <source>No smoke test: scoring before the change failed (%1).</source>
        <translation>No smoke test: scoring before the change failed (%1).</translation>
    </message>
    <message>
        <source>Predictions unchanged: %1 The service may still serve the old model.</source>
        <translation>Predictions unchanged: %1 The service may still serve the old model.</translation>
    </message>
    <message>
        <source>Smoke test: %1</source>
        <translation>Smoke test: %1</translation>
    </message>
    <message>
        <source>Save the decision report</source>
        <translation>Save the decision report</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Report saved to %1.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <source>The profile cannot sign in to Azure: %1 Complete it on the Credentials step.</source>
        <translation>The profile cannot sign in to Azure: %1 Complete it on the Credentials step.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for you to sign in in the browser (next check in %n s)…</source>
        <translation><numerusform>Waiting for you to sign in in the browser (next check in %n s)…</numerusform><numerusform>Waiting for you to sign in in the browser (next check in %n s)…</numerusform></translation>
    </message>
    <message>
        <source>Asking for a device code…</source>
        <translation>Asking for a device code…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Open &lt;a href="%1"&gt;%1&lt;/a&gt; and enter the code &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Open &lt;a href="%1"&gt;%1&lt;/a&gt; and enter the code &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Open %1 and enter the code %2.</source>
        <translation>Open %1 and enter the code %2.</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in the browser (the code expires at %1).</source>
        <translation>Waiting for you to sign in in the browser (the code expires at %1).</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Sign-in cancelled.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Sign-in failed: %1</translation>
    </message>
    <message>
        <source>Signed in with your account.</source>
        <translation>Signed in with your account.</translation>
    </message>
    <message>
        <source>Signed in as the service principal %1.</source>
        <translation>Signed in as the service principal %1.</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be remembered: %1</source>
        <translation>Signed in, but the sign-in could not be remembered: %1</translation>
    </message>
    <message>
        <source>The remembered sign-in no longer works (%1): sign in again.</source>
        <translation>The remembered sign-in no longer works (%1): sign in again.</translation>
    </message>
    <message>
        <source>Signed in with your account (remembered on this computer).</source>
        <translation>Signed in with your account (remembered on this computer).</translation>
    </message>
    <message>
        <source>Signing in as last time…</source>
        <translation>Signing in as last time…</translation>
    </message>
    <message>
        <source>Rolled back: the service reads back %1.</source>
        <translation>Rolled back: the service reads back %1.</translation>
    </message>
    <message>
        <source>Updated: the service reads back the new model %1.</source>
        <translation>Updated: the service reads back the new model %1.</translation>
    </message>
    <message>
        <source>Not applied: Azure reported success, but the service still reads back %1. %2</source>
        <translation>Not applied: Azure reported success, but the service still reads back %1. %2</translation>
    </message>
    <message>
        <source>Rolling %1 back to %2</source>
        <translation>Rolling %1 back to %2</translation>
    </message>
    <message>
        <source>Updating %1 to %2</source>
        <translation>Updating %1 to %2</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>Operation: %1 (%2 %)</source>
        <translation>Operation: %1 (%2 %)</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>Operation: %1</translation>
    </message>
    <message>
        <source>Stopped following the update.</source>
        <translation>Stopped following the update.</translation>
    </message>
    <message>
        <source>Stopped following the update of %1: the change may or may not have been applied. Check the service before you try again.</source>
        <translation>Stopped following the update of %1: the change may or may not have been applied. Check the service before you try again.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Ended: %1</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Import a web service definition</source>
        <translation>Import a web service definition</translation>
    </message>
    <message>
        <source>Definition files (*.json)</source>
        <translation>Definition files (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: the web service could not be read. %1</source>
        <translation>Nothing was imported: the web service could not be read. %1</translation>
    </message>
    <message>
        <source>%1 is read-only: it can no longer be updated, only deleted.</source>
        <translation>%1 is read-only: it can no longer be updated, only deleted.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 The service is unchanged.</source>
        <translation>Nothing was imported: %1 The service is unchanged.</translation>
    </message>
    <message>
        <source>Nothing was imported: without a backup the import does not run. %1</source>
        <translation>Nothing was imported: without a backup the import does not run. %1</translation>
    </message>
    <message>
        <source>Importing %1 into %2</source>
        <translation>Importing %1 into %2</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <translation>Imported %1 into %2.</translation>
    </message>
    <message>
        <source>%1 refused the definition (%2): %3 The service is unchanged.</source>
        <translation>%1 refused the definition (%2): %3 The service is unchanged.</translation>
    </message>
    <message>
        <source>The import may or may not have been applied: %1 Check %2 before anything else; its previous definition is backed up.</source>
        <translation>The import may or may not have been applied: %1 Check %2 before anything else; its previous definition is backed up.</translation>
    </message>
    <message>
        <source>Listing the web services…</source>
        <translation>Listing the web services…</translation>
    </message>
    <message>
        <source>Could not list the web services: %1</source>
        <translation>Could not list the web services: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No web services in this subscription and resource group. Deploy the predictive service first.</source>
        <translation>No web services in this subscription and resource group. Deploy the predictive service first.</translation>
    </message>
    <message>
        <source>The profile's predictive service %1 is not in the list: choose the service to update.</source>
        <translation>The profile's predictive service %1 is not in the list: choose the service to update.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>%1 cannot be updated: %2</source>
        <translation>%1 cannot be updated: %2</translation>
    </message>
    <message>
        <source>Check before you update: %1</source>
        <translation>Check before you update: %1</translation>
    </message>
    <message>
        <source>%1 can be updated: its trained model asset %2 will point at the new model.</source>
        <translation>%1 can be updated: its trained model asset %2 will point at the new model.</translation>
    </message>
    <message>
        <source>No evaluation of this job is recorded: you updated %1 with it at %2 without one.</source>
        <translation>No evaluation of this job is recorded: you updated %1 with it at %2 without one.</translation>
    </message>
    <message>
        <source>Promotion gate failed: %1 You overrode it to update %2 at %3; that update was rolled back, so updating again needs a new override.</source>
        <translation>Promotion gate failed: %1 You overrode it to update %2 at %3; that update was rolled back, so updating again needs a new override.</translation>
    </message>
    <message>
        <source>Promotion gate failed: %1 You overrode it and updated %2 at %3.</source>
        <translation>Promotion gate failed: %1 You overrode it and updated %2 at %3.</translation>
    </message>
    <message>
        <source>%1 now serves this model: its trained model asset %2 points at it.</source>
        <translation>%1 now serves this model: its trained model asset %2 points at it.</translation>
    </message>
    <message>
        <source>%1 already serves this model: its trained model asset %2 points at it.</source>
        <translation>%1 already serves this model: its trained model asset %2 points at it.</translation>
    </message>
    <message>
        <source>There is nothing to update.</source>
        <translation>There is nothing to update.</translation>
    </message>
    <message>
        <source>Also note: %1</source>
        <translation>Also note: %1</translation>
    </message>
</context>
<context>
    <name>mlr::gui::WorkspaceSession</name>
    <message>
        <source>No client secret and no remembered sign-in in the keychain: sign in on the Credentials step.</source>
        <translation>No client secret and no remembered sign-in in the keychain: sign in on the Credentials step.</translation>
    </message>
    <message>
        <source>your account</source>
        <translation>your account</translation>
    </message>
</context>
<context>
    <name>mlr::i18n::MetricGlossary</name>
    <message>
        <source>Accuracy</source>
        <translation>Accuracy</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>F1 Score</source>
        <translation>F1 Score</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Average Log Loss</source>
        <translation>Average Log Loss</translation>
    </message>
    <message>
        <source>Mean Absolute Error</source>
        <translation>Mean Absolute Error</translation>
    </message>
    <message>
        <source>Root Mean Squared Error</source>
        <translation>Root Mean Squared Error</translation>
    </message>
    <message>
        <source>Relative Absolute Error</source>
        <translation>Relative Absolute Error</translation>
    </message>
    <message>
        <source>Relative Squared Error</source>
        <translation>Relative Squared Error</translation>
    </message>
    <message>
        <source>Coefficient of Determination</source>
        <translation>Coefficient of Determination</translation>
    </message>
    <message>
        <source>Overall accuracy</source>
        <translation>Overall accuracy</translation>
    </message>
    <message>
        <source>Average accuracy</source>
        <translation>Average accuracy</translation>
    </message>
    <message>
        <source>Micro-averaged precision</source>
        <translation>Micro-averaged precision</translation>
    </message>
    <message>
        <source>Macro-averaged precision</source>
        <translation>Macro-averaged precision</translation>
    </message>
    <message>
        <source>Micro-averaged recall</source>
        <translation>Micro-averaged recall</translation>
    </message>
    <message>
        <source>Macro-averaged recall</source>
        <translation>Macro-averaged recall</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>metric: display name (Studio name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>metric glossary: name: explanation</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mlr::ml</name>
    <message>
        <source>The predictive service's answer has no "Scored Labels" column (it has: %1).</source>
        <translation>The predictive service's answer has no "Scored Labels" column (it has: %1).</translation>
    </message>
    <message>
        <source>The predictive service's answer has no "Scored Probabilities" column: it is not a two-class model like the retrained one.</source>
        <translation>The predictive service's answer has no "Scored Probabilities" column: it is not a two-class model like the retrained one.</translation>
    </message>
    <message>
        <source>The predictive service scored %1 rows, but %2 were sent.</source>
        <translation>The predictive service scored %1 rows, but %2 were sent.</translation>
    </message>
    <message>
        <source>The predictive service predicts the classes %1, the retrained model %2.</source>
        <translation>The predictive service predicts the classes %1, the retrained model %2.</translation>
    </message>
    <message>
        <source>The job's result is not a SAS reference (BaseLocation + SasBlobToken).</source>
        <translation>The job's result is not a SAS reference (BaseLocation + SasBlobToken).</translation>
    </message>
    <message>
        <source>The job's result has an invalid BaseLocation.</source>
        <translation>The job's result has an invalid BaseLocation.</translation>
    </message>
    <message>
        <source>The job's result has no container/blob RelativeLocation.</source>
        <translation>The job's result has no container/blob RelativeLocation.</translation>
    </message>
    <message>
        <source>The output %1 is not in the storage account %2 of the profile.</source>
        <translation>The output %1 is not in the storage account %2 of the profile.</translation>
    </message>
    <message>
        <source>The scoring answer is not a JSON object.</source>
        <translation>The scoring answer is not a JSON object.</translation>
    </message>
    <message>
        <source>The scoring answer has no output "%1" (it has: %2).</source>
        <translation>The scoring answer has no output "%1" (it has: %2).</translation>
    </message>
    <message>
        <source>The scoring answer's output "%1" has no Values table.</source>
        <translation>The scoring answer's output "%1" has no Values table.</translation>
    </message>
    <message>
        <source>A row of the scoring answer is not an array.</source>
        <translation>A row of the scoring answer is not an array.</translation>
    </message>
    <message>
        <source>A row of the scoring answer has %1 values for %2 columns.</source>
        <translation>A row of the scoring answer has %1 values for %2 columns.</translation>
    </message>
    <message>
        <source>the predictive service</source>
        <translation>the predictive service</translation>
    </message>
    <message>
        <source>The predictive service has no API key in the profile.</source>
        <translation>The predictive service has no API key in the profile.</translation>
    </message>
    <message>
        <source>Scoring with the predictive service: its API key was refused; check the predictive service's key in the profile</source>
        <translation>Scoring with the predictive service: its API key was refused; check the predictive service's key in the profile</translation>
    </message>
</context>
<context>
    <name>mlr::ml::BatchScorer</name>
    <message>
        <source>The scoring URL of %1 must use https (plain http only to this computer), or its key would travel in clear text.</source>
        <translation>The scoring URL of %1 must use https (plain http only to this computer), or its key would travel in clear text.</translation>
    </message>
    <message>
        <source>Scoring rows %1-%2 with %3</source>
        <translation>Scoring rows %1-%2 with %3</translation>
    </message>
    <message>
        <source>Reading the scores of %1</source>
        <translation>Reading the scores of %1</translation>
    </message>
    <message>
        <source>%1 rows came back from %2 for %3 sent.</source>
        <translation>%1 rows came back from %2 for %3 sent.</translation>
    </message>
</context>
<context>
    <name>mlr::ml::BesCancelJob</name>
    <message>
        <source>Cancelling job %1</source>
        <translation>Cancelling job %1</translation>
    </message>
</context>
<context>
    <name>mlr::ml::BesGetJob</name>
    <message>
        <source>Reading the state of job %1</source>
        <translation>Reading the state of job %1</translation>
    </message>
</context>
<context>
    <name>mlr::ml::BesStartJob</name>
    <message>
        <source>Starting job %1</source>
        <translation>Starting job %1</translation>
    </message>
</context>
<context>
    <name>mlr::ml::BesSubmitJob</name>
    <message>
        <source>Submitting the job</source>
        <translation>Submitting the job</translation>
    </message>
    <message>
        <source>Submitting the job (no answer arrived, so the service may have created the job anyway; it was not submitted again)</source>
        <translation>Submitting the job (no answer arrived, so the service may have created the job anyway; it was not submitted again)</translation>
    </message>
    <message>
        <source>Submitting the job (the service failed while answering and may have created the job anyway; it was not submitted again)</source>
        <translation>Submitting the job (the service failed while answering and may have created the job anyway; it was not submitted again)</translation>
    </message>
</context>
<context>
    <name>mlr::ml::ChampionScoringJob</name>
    <message>
        <source>The scored rows were read without their input columns; they cannot be scored again.</source>
        <translation>The scored rows were read without their input columns; they cannot be scored again.</translation>
    </message>
    <message>
        <source>Scoring the same rows with the current model</source>
        <translation>Scoring the same rows with the current model</translation>
    </message>
</context>
<context>
    <name>mlr::ml::DataCheckJob</name>
    <message>
        <source>Checking %1</source>
        <translation>Checking %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 is a folder, not a CSV file.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Reading %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>mlr::ml::EvaluationJob</name>
    <message>
        <source>The job %1 does not say which output holds the %2 (outputs: %3).</source>
        <translation>The job %1 does not say which output holds the %2 (outputs: %3).</translation>
    </message>
    <message>
        <source>No temporary folder for the downloads: %1</source>
        <translation>No temporary folder for the downloads: %1</translation>
    </message>
    <message>
        <source>The predictive service URL %1 names no web service.</source>
        <translation>The predictive service URL %1 names no web service.</translation>
    </message>
    <message>
        <source>Reading the predictive service's description</source>
        <translation>Reading the predictive service's description</translation>
    </message>
    <message>
        <source>The predictive service declares no input columns.</source>
        <translation>The predictive service declares no input columns.</translation>
    </message>
    <message>
        <source>Reading the job's results</source>
        <translation>Reading the job's results</translation>
    </message>
    <message>
        <source>The job %1 is %2, not finished: there is nothing to evaluate yet.</source>
        <translation>The job %1 is %2, not finished: there is nothing to evaluate yet.</translation>
    </message>
    <message>
        <source>The job's results have no output %1.</source>
        <translation>The job's results have no output %1.</translation>
    </message>
    <message>
        <source>Neither the training service's key nor storage credentials are available to read the job's outputs.</source>
        <translation>Neither the training service's key nor storage credentials are available to read the job's outputs.</translation>
    </message>
    <message>
        <source>Downloading the evaluation results</source>
        <translation>Downloading the evaluation results</translation>
    </message>
    <message>
        <source>Downloading the scored rows</source>
        <translation>Downloading the scored rows</translation>
    </message>
    <message>
        <source>Cannot tell the label column of the scored rows (columns: %1); name it explicitly.</source>
        <translation>Cannot tell the label column of the scored rows (columns: %1); name it explicitly.</translation>
    </message>
    <message>
        <source>The scored rows lack the column "%1", an input of the predictive service: the two services do not match.</source>
        <translation>The scored rows lack the column "%1", an input of the predictive service: the two services do not match.</translation>
    </message>
    <message>
        <source>Reading the scored rows</source>
        <translation>Reading the scored rows</translation>
    </message>
    <message>
        <source>Cannot read the downloaded evaluation results.</source>
        <translation>Cannot read the downloaded evaluation results.</translation>
    </message>
    <message>
        <source>Reading the evaluation results</source>
        <translation>Reading the evaluation results</translation>
    </message>
    <message>
        <source>Cannot read the downloaded scored rows.</source>
        <translation>Cannot read the downloaded scored rows.</translation>
    </message>
    <message>
        <source>Scoring the same rows with the current model</source>
        <translation>Scoring the same rows with the current model</translation>
    </message>
    <message>
        <source>Comparing the models</source>
        <translation>Comparing the models</translation>
    </message>
    <message>
        <source>Evaluating job %1</source>
        <translation>Evaluating job %1</translation>
    </message>
</context>
<context>
    <name>mlr::ml::JobOutputs</name>
    <message>
        <source>Output '%1' is a trained model, so its blob must end in .ilearner; '%2' does not. Nothing was submitted.</source>
        <translation>Output '%1' is a trained model, so its blob must end in .ilearner; '%2' does not. Nothing was submitted.</translation>
    </message>
    <message>
        <source>Output '%1' is a dataset, so its blob must end in .csv, .tsv or .arff; '%2' does not. Nothing was submitted.</source>
        <translation>Output '%1' is a dataset, so its blob must end in .csv, .tsv or .arff; '%2' does not. Nothing was submitted.</translation>
    </message>
    <message>
        <source>Input '%1' must be a blob ending in .csv, .tsv or .arff; '%2' does not. Nothing was submitted.</source>
        <translation>Input '%1' must be a blob ending in .csv, .tsv or .arff; '%2' does not. Nothing was submitted.</translation>
    </message>
</context>
<context>
    <name>mlr::ml::RetrainSubmission</name>
    <message>
        <source>The service has no global parameter '%1' (it has: %2).</source>
        <translation>The service has no global parameter '%1' (it has: %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The global parameter '%1' is required and has no default: give it a value.</source>
        <translation>The global parameter '%1' is required and has no default: give it a value.</translation>
    </message>
    <message>
        <source>The global parameter '%1' needs a value of type %2; '%3' is not one.</source>
        <translation>The global parameter '%1' needs a value of type %2; '%3' is not one.</translation>
    </message>
    <message>
        <source>The global parameter '%1' must be one of: %2.</source>
        <translation>The global parameter '%1' must be one of: %2.</translation>
    </message>
    <message>
        <source>The global parameter '%1' is out of range: %2.</source>
        <translation>The global parameter '%1' is out of range: %2.</translation>
    </message>
    <message>
        <source>The file '%1' does not exist or cannot be read.</source>
        <translation>The file '%1' does not exist or cannot be read.</translation>
    </message>
    <message>
        <source>The service has %1 inputs; only services with one input can be retrained here.</source>
        <translation>The service has %1 inputs; only services with one input can be retrained here.</translation>
    </message>
    <message>
        <source>The service's swagger.json declares no outputs, so there is nothing to retrain.</source>
        <translation>The service's swagger.json declares no outputs, so there is nothing to retrain.</translation>
    </message>
    <message>
        <source>The service has no output '%1'.</source>
        <translation>The service has no output '%1'.</translation>
    </message>
</context>
<context>
    <name>mlr::ml::ServiceSwaggerFetch</name>
    <message>
        <source>Reading the service description %1</source>
        <translation>Reading the service description %1</translation>
    </message>
    <message>
        <source>The service URL is not an http(s) URL.</source>
        <translation>The service URL is not an http(s) URL.</translation>
    </message>
</context>
<context>
    <name>mlr::tls</name>
    <message>
        <source>The CA certificate file %1 cannot be read: %2.</source>
        <translation>The CA certificate file %1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>The CA certificate file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>%1 (set by SSL_CERT_FILE)</source>
        <translation>%1 (set by SSL_CERT_FILE)</translation>
    </message>
</context>
</TS>