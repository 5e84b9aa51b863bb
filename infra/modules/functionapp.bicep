// Hosting plan + Linux function app running AmbassadorFlows as a .NET isolated worker (Durable
// extension, Azure Storage provider).
// Default: Flex Consumption (FC1), package pulled from a blob container with the managed identity.
// Option: Elastic Premium (EP*), package run from the same container via WEBSITE_RUN_FROM_PACKAGE.
// App settings are applied by appsettings.bicep once the site's host name is known.

@description('Function app name.')
param name string

@description('Hosting plan name.')
param planName string

@description('Azure region.')
param location string

@description('Tags applied to plan and site.')
param tags object

@description('FlexConsumption (serverless, default) or ElasticPremium (always-warm instances, VNet without Flex limits).')
@allowed([
  'FlexConsumption'
  'ElasticPremium'
])
param hostingPlan string

@description('Elastic Premium SKU; ignored on Flex.')
@allowed([
  'EP1'
  'EP2'
  'EP3'
])
param premiumSku string

@description('Memory per instance in MB (Flex only).')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Upper bound on scale-out (Flex: 1-1000; Elastic Premium caps at 100).')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Blob endpoint of the storage account (ends with /).')
param blobEndpoint string

@description('Container holding the deployment package.')
param deploymentContainerName string

var isFlex = hostingPlan == 'FlexConsumption'

// The app targets net10.0 and is published framework-dependent, so the platform supplies .NET 10.
var dotnetVersion = '10.0'

var flexConfig = {
  deployment: {
    storage: {
      type: 'blobContainer'
      value: '${blobEndpoint}${deploymentContainerName}'
      // The package is read with the app identity (Storage Blob Data Owner), not an account key.
      authentication: {
        type: 'UserAssignedIdentity'
        userAssignedIdentityResourceId: identityId
      }
    }
  }
  scaleAndConcurrency: {
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
  }
  // Flex takes the worker runtime from here (FUNCTIONS_WORKER_RUNTIME and linuxFxVersion are rejected).
  runtime: {
    name: 'dotnet-isolated'
    version: dotnetVersion
  }
}

var flexSku = {
  name: 'FC1'
  tier: 'FlexConsumption'
}

var premiumPlanSku = {
  name: premiumSku
  tier: 'ElasticPremium'
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: isFlex ? 'functionapp' : 'elastic'
  sku: isFlex ? flexSku : premiumPlanSku
  properties: {
    // Linux.
    reserved: true
    maximumElasticWorkerCount: isFlex ? null : min(maximumInstanceCount, 100)
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  // azd finds the deploy target by this tag (azure.yaml service "api").
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references in app settings (the signing key) are resolved with this identity; the
    // default would be a system-assigned identity, which the site does not have.
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      // Elastic Premium picks the Linux worker image from this; Flex must not send it.
      linuxFxVersion: isFlex ? null : 'DOTNET-ISOLATED|${dotnetVersion}'
    }
    // Flex requires functionAppConfig; other plans must not send it.
    functionAppConfig: isFlex ? flexConfig : null
  }

  // Deployments authenticate with Entra ID (az CLI / azd), so basic-auth publishing is turned off.
  resource ftpPublishing 'basicPublishingCredentialsPolicies' = {
    name: 'ftp'
    properties: {
      allow: false
    }
  }

  resource scmPublishing 'basicPublishingCredentialsPolicies' = {
    name: 'scm'
    properties: {
      allow: false
    }
  }
}

output name string = site.name
output id string = site.id
output defaultHostName string = site.properties.defaultHostName
