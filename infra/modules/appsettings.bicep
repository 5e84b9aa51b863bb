// App settings of the function app: identity-based storage, Entra-authenticated telemetry, and the
// settings AmbassadorFlows reads. No setting carries a key or a connection string with a secret.
// Kept apart from functionapp.bicep because the public base URL defaults to the site's host name.

@description('Function app name.')
param functionAppName string

@description('FlexConsumption or ElasticPremium (see functionapp.bicep).')
@allowed([
  'FlexConsumption'
  'ElasticPremium'
])
param hostingPlan string

@description('Resource id of the user-assigned identity.')
param identityId string

@description('Client id of the user-assigned identity.')
param identityClientId string

@description('Blob endpoint of the storage account (ends with /).')
param blobEndpoint string

@description('Queue endpoint of the storage account (ends with /).')
param queueEndpoint string

@description('Table endpoint of the storage account (ends with /).')
param tableEndpoint string

@description('Container holding the deployment package.')
param deploymentContainerName string

@description('Blob the Elastic Premium app runs from (ignored on Flex).')
param premiumPackageBlobName string

@description('Application Insights connection string (not a credential: local auth is disabled).')
param appInsightsConnectionString string

@description('Durable Functions task hub name (host.json reads %TASKHUB_NAME%).')
param taskHubName string

@description('ACS endpoint, https://<name>.<region>.communication.azure.com.')
param acsEndpoint string

@description('Sender address, e.g. DoNotReply@<guid>.azurecomm.net.')
param senderAddress string

@description('Absolute base URL used in emailed links.')
param publicBaseUrl string

@description('Use Microsoft Graph for directory and calendar (needs admin-granted app roles).')
param graphEnabled bool

@description('Key Vault URI holding the approval-link signing key (ends with /).')
param keyVaultUri string

@description('Name of the signing key secret in the vault.')
param signingKeySecretName string

@description('Key id the app signs approval links with (letters and digits); part of every link, so a rotation adds a new id.')
param signingKeyId string

@description('Ops owner\'s address for the daily ops digest; empty: no digest.')
param opsEmail string

@description('Language of the ops digest (en, nl, fr, da).')
param opsLanguage string

@description('IANA time zone the ops digest is dated and sent in.')
param opsTimeZone string

resource site 'Microsoft.Web/sites@2025-03-01' existing = {
  name: functionAppName
}

var commonSettings = {
  // Identity-based storage for the host AND the Durable task hub (host.json storageProvider
  // connectionName "AzureWebJobsStorage"): the user-assigned identity + per-service URIs, no key.
  // The app's own tables (AmbassadorFlows:Tables) default to the same tableServiceUri.
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  AzureWebJobsStorage__blobServiceUri: blobEndpoint
  AzureWebJobsStorage__queueServiceUri: queueEndpoint
  AzureWebJobsStorage__tableServiceUri: tableEndpoint
  // Telemetry sent with the identity (App Insights local auth is off).
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
  // The app's own Azure SDK calls (ACS, Key Vault) pick this identity.
  AZURE_CLIENT_ID: identityClientId
  // host.json: extensions.durableTask.hubName = %TASKHUB_NAME%.
  TASKHUB_NAME: taskHubName
  Email__Provider: 'Acs'
  Email__Acs__Endpoint: acsEndpoint
  Email__Sender: senderAddress
  AmbassadorFlows__PublicBaseUrl: publicBaseUrl
  // The signing key as a Key Vault reference: the platform resolves it with the site's
  // keyVaultReferenceIdentity (the user-assigned identity) before the app starts. The template holds
  // the secret's address only; without a version the platform follows the latest one.
  'AmbassadorFlows__SigningKeys__${signingKeyId}': '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${signingKeySecretName}/)'
  AmbassadorFlows__ActiveSigningKeyId: signingKeyId
  Graph__Enabled: graphEnabled ? 'true' : 'false'
  // The daily ops digest (Operations/OpsDigest): to whom, in which language and time zone.
  AmbassadorFlows__Ops__Email: opsEmail
  AmbassadorFlows__Ops__Language: opsLanguage
  AmbassadorFlows__Ops__TimeZone: opsTimeZone
  // Without it the host answers any request to / itself (its default home page), beside our routes.
  AzureWebJobsDisableHomepage: 'true'
}

// Flex takes runtime and package location from functionAppConfig and rejects these settings;
// Elastic Premium needs them.
var premiumOnlySettings = {
  FUNCTIONS_WORKER_RUNTIME: 'dotnet-isolated'
  FUNCTIONS_EXTENSION_VERSION: '~4'
  // No Azure Files content share (it would need a key): run from a blob read with the identity.
  WEBSITE_RUN_FROM_PACKAGE: '${blobEndpoint}${deploymentContainerName}/${premiumPackageBlobName}'
  WEBSITE_RUN_FROM_PACKAGE_BLOB_MI_RESOURCE_ID: identityId
}

resource appSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'appsettings'
  properties: hostingPlan == 'FlexConsumption' ? commonSettings : union(commonSettings, premiumOnlySettings)
}
