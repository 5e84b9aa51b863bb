// Azure Communication Services + Email Communication Service. An Azure-managed domain works with no
// DNS changes; an optional customer-managed domain can be added, verified via DNS, and then linked.
// Local (access-key) auth is off: the app authenticates with its managed identity.

@description('Communication Services resource name.')
param communicationServiceName string

@description('Email Communication Service resource name.')
param emailServiceName string

@description('Where email data is stored at rest; must be the same for both resources.')
@allowed([
  'Africa'
  'Asia Pacific'
  'Australia'
  'Brazil'
  'Canada'
  'Europe'
  'France'
  'Germany'
  'India'
  'Japan'
  'Korea'
  'Norway'
  'Switzerland'
  'UAE'
  'UK'
  'United States'
])
param dataLocation string

@description('Optional customer-managed sender domain (e.g. mail.contoso.com). Empty: Azure-managed domain only.')
param customDomainName string

@description('Link the custom domain and send from it. Set only after its DNS records are verified; linking an unverified domain fails.')
param useCustomDomain bool

@description('Local part of the sender address.')
param senderUsername string

@description('Tags applied to all resources.')
param tags object

var hasCustomDomain = !empty(customDomainName)
var sendFromCustomDomain = hasCustomDomain && useCustomDomain

resource emailService 'Microsoft.Communication/emailServices@2025-05-01' = {
  name: emailServiceName
  // Communication resources are global; dataLocation decides residency.
  location: 'global'
  tags: tags
  properties: {
    dataLocation: dataLocation
  }
}

resource managedDomain 'Microsoft.Communication/emailServices/domains@2025-05-01' = {
  parent: emailService
  // The name is fixed for Azure-managed domains.
  name: 'AzureManagedDomain'
  location: 'global'
  tags: tags
  properties: {
    domainManagement: 'AzureManaged'
    // Tracking rewrites links; approval links must reach us unchanged.
    userEngagementTracking: 'Disabled'
  }
}

resource customDomain 'Microsoft.Communication/emailServices/domains@2025-05-01' = if (hasCustomDomain) {
  parent: emailService
  name: hasCustomDomain ? customDomainName : 'unused-custom-domain'
  location: 'global'
  tags: tags
  properties: {
    domainManagement: 'CustomerManaged'
    userEngagementTracking: 'Disabled'
  }
}

resource communicationService 'Microsoft.Communication/communicationServices@2025-05-01' = {
  name: communicationServiceName
  location: 'global'
  tags: tags
  properties: {
    dataLocation: dataLocation
    linkedDomains: sendFromCustomDomain ? [managedDomain.id, customDomain.id] : [managedDomain.id]
    // Access keys off: only Entra ID (the app's managed identity) can send.
    disableLocalAuth: true
  }
}

output name string = communicationService.name
output endpoint string = 'https://${communicationService.properties.hostName}'
output senderAddress string = '${senderUsername}@${sendFromCustomDomain ? customDomain!.properties.mailFromSenderDomain : managedDomain.properties.mailFromSenderDomain}'
// DNS records (TXT/SPF/DKIM) to publish before setting useCustomDomain; empty without a custom domain.
output customDomainVerificationRecords object = hasCustomDomain ? customDomain!.properties.verificationRecords : {}
