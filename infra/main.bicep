// AmbassadorFlows on Azure: one resource group holding the function app (.NET 10 isolated worker with
// the Durable extension, Flex Consumption by default), its storage (host + Durable task hub),
// monitoring, email (ACS) and the signing-key vault.
// Everything authenticates with one user-assigned managed identity; no keys are issued or stored.
// Deploy: see infra/README.md.

targetScope = 'resourceGroup'

@description('Short environment name (dev, test, prod); part of every resource name.')
@minLength(1)
@maxLength(12)
param environmentName string

@description('Region for regional resources. Flex Consumption is not offered in every region.')
param location string = resourceGroup().location

@description('Name prefix, lowercase letters and digits.')
@minLength(2)
@maxLength(10)
param namePrefix string = 'ambflows'

@description('FlexConsumption (default) or ElasticPremium.')
@allowed([
  'FlexConsumption'
  'ElasticPremium'
])
param hostingPlan string = 'FlexConsumption'

@description('Elastic Premium SKU, used only when hostingPlan is ElasticPremium.')
@allowed([
  'EP1'
  'EP2'
  'EP3'
])
param premiumSku string = 'EP1'

@description('Flex Consumption memory per instance, MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Maximum instances the app scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Storage replication.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSku string = 'Standard_LRS'

@description('Durable Functions task hub name (letters and digits, 3-45 characters).')
@minLength(3)
@maxLength(45)
param taskHubName string = 'ambassadorflows'

@description('Base URL put into emailed links. Empty: https://<default host name of the function app>.')
param publicBaseUrl string = ''

@description('Use Microsoft Graph for directory and calendar. Graph app roles must be granted to the identity by an admin.')
param graphEnabled bool = false

@description('Data residency of email data (ACS and Email Communication Service).')
param emailDataLocation string = 'Europe'

@description('Local part of the sender address.')
param emailSenderUsername string = 'DoNotReply'

@description('Optional custom sender domain. Empty: Azure-managed domain only.')
param customEmailDomainName string = ''

@description('Send from customEmailDomainName. Set true only after its DNS records are verified.')
param useCustomEmailDomain bool = false

@description('Name of the Key Vault secret holding the approval-link signing key (seeded outside the template).')
param signingKeySecretName string = 'approval-signing-key'

@description('Key id of the signing key (letters and digits). Tokens name it; to rotate, add a new secret and id.')
@minLength(1)
@maxLength(16)
param signingKeyId string = 'k1'

@description('Optional object id (e.g. your user) granted Key Vault Secrets Officer to seed and rotate the signing key.')
param vaultAdminPrincipalId string = ''

@description('Type of vaultAdminPrincipalId.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param vaultAdminPrincipalType string = 'User'

@description('Log retention, days.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Application (client) id of the Entra app registration with the app roles HR, Ops and Viewer (see infra/README.md). Required: the dashboard and HR API are closed without sign-in.')
param authClientId string

@description('Directory (tenant) id of that app registration; default: the tenant deployed to.')
param authTenantId string = tenant().tenantId

@description('Ops owner: Azure Monitor alerts (failed functions and orchestrations, requests past their deadline, email delivery failures) and the daily ops digest go to this address. Empty: no alert rules, no action group and no digest (a development environment nobody watches).')
param opsEmail string = ''

@description('Language of the daily ops digest.')
@allowed([
  'en'
  'nl'
  'fr'
  'da'
])
param opsLanguage string = 'en'

@description('Time zone (IANA) the daily ops digest is dated and sent in.')
param opsTimeZone string = 'Europe/Copenhagen'

@description('Tags applied to every resource.')
param tags object = {}

// Stable per subscription/group/environment, so redeploys update rather than duplicate.
var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName, location))
var baseName = '${namePrefix}-${environmentName}'
var allTags = union(tags, { 'azd-env-name': environmentName, application: 'ambassadorflows' })
var functionAppName = 'func-${baseName}-${resourceToken}'
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}-${take(resourceToken, 7)}'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: 'id-${baseName}-${resourceToken}'
    location: location
    tags: allTags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    // Storage names allow only lowercase letters and digits.
    name: take('st${replace(namePrefix, '-', '')}${resourceToken}', 24)
    location: location
    tags: allTags
    deploymentContainerName: deploymentContainerName
    skuName: storageSku
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    logAnalyticsName: 'log-${baseName}-${resourceToken}'
    appInsightsName: 'appi-${baseName}-${resourceToken}'
    location: location
    tags: allTags
    retentionInDays: logRetentionInDays
  }
}

module communication 'modules/communication.bicep' = {
  name: 'communication'
  params: {
    communicationServiceName: 'acs-${baseName}-${resourceToken}'
    emailServiceName: 'ecs-${baseName}-${resourceToken}'
    dataLocation: emailDataLocation
    customDomainName: customEmailDomainName
    useCustomDomain: useCustomEmailDomain
    senderUsername: emailSenderUsername
    tags: allTags
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    // Vault names: 3-24 characters, globally unique.
    name: 'kv-${take(namePrefix, 6)}-${take(environmentName, 4)}-${take(resourceToken, 8)}'
    location: location
    tags: allTags
    softDeleteRetentionInDays: 90
  }
}

module rbac 'modules/rbac.bicep' = {
  name: 'rbac'
  params: {
    appPrincipalId: identity.outputs.principalId
    storageAccountName: storage.outputs.name
    appInsightsName: monitoring.outputs.appInsightsName
    communicationServiceName: communication.outputs.name
    keyVaultName: keyVault.outputs.name
    vaultAdminPrincipalId: vaultAdminPrincipalId
    vaultAdminPrincipalType: vaultAdminPrincipalType
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    name: functionAppName
    planName: 'plan-${baseName}-${resourceToken}'
    location: location
    tags: allTags
    hostingPlan: hostingPlan
    premiumSku: premiumSku
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    identityId: identity.outputs.id
    blobEndpoint: storage.outputs.blobEndpoint
    deploymentContainerName: storage.outputs.deploymentContainerName
  }
  // The host starts as soon as the site exists; its storage and telemetry roles must already be in place.
  dependsOn: [
    rbac
  ]
}

var appUrl = 'https://${functionApp.outputs.defaultHostName}'

module appSettings 'modules/appsettings.bicep' = {
  name: 'appsettings'
  params: {
    functionAppName: functionApp.outputs.name
    hostingPlan: hostingPlan
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    blobEndpoint: storage.outputs.blobEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerName: storage.outputs.deploymentContainerName
    premiumPackageBlobName: 'ambassadorflows.zip'
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    taskHubName: taskHubName
    acsEndpoint: communication.outputs.endpoint
    senderAddress: communication.outputs.senderAddress
    publicBaseUrl: empty(publicBaseUrl) ? appUrl : publicBaseUrl
    graphEnabled: graphEnabled
    keyVaultUri: keyVault.outputs.uri
    signingKeySecretName: signingKeySecretName
    signingKeyId: signingKeyId
    opsEmail: opsEmail
    opsLanguage: opsLanguage
    opsTimeZone: opsTimeZone
  }
}

// Alerts only when someone receives them: rules that notify nobody would only cost evaluations.
module alerts 'modules/alerts.bicep' = if (!empty(opsEmail)) {
  name: 'alerts'
  params: {
    baseName: baseName
    location: location
    tags: allTags
    appInsightsName: monitoring.outputs.appInsightsName
    email: opsEmail
  }
}

// Entra sign-in in front of everything but the emailed approval pages (and the Durable webhooks' key).
module auth 'modules/auth.bicep' = {
  name: 'auth'
  params: {
    siteName: functionApp.outputs.name
    clientId: authClientId
    tenantId: authTenantId
  }
}

// Names follow azd's convention (upper case become azd environment variables).
output AZURE_RESOURCE_GROUP string = resourceGroup().name
output AZURE_LOCATION string = location
output FUNCTION_APP_NAME string = functionApp.outputs.name
output APP_URL string = empty(publicBaseUrl) ? appUrl : publicBaseUrl
output STORAGE_ACCOUNT_NAME string = storage.outputs.name
output DEPLOYMENT_CONTAINER_NAME string = storage.outputs.deploymentContainerName
output MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output KEY_VAULT_NAME string = keyVault.outputs.name
output KEY_VAULT_URI string = keyVault.outputs.uri
output SIGNING_KEY_SECRET_NAME string = signingKeySecretName
output ACS_ENDPOINT string = communication.outputs.endpoint
output EMAIL_SENDER_ADDRESS string = communication.outputs.senderAddress
output CUSTOM_EMAIL_DOMAIN_VERIFICATION_RECORDS object = communication.outputs.customDomainVerificationRecords
