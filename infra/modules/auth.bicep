// Sign-in with Entra ID in front of the app (App Service Authentication, authsettingsV2). The app reads
// the signed-in user and their app roles (HR, Ops, Viewer) from X-MS-CLIENT-PRINCIPAL, which the
// platform sets and strips from incoming requests; the app trusts it only while this is enabled
// (WEBSITE_AUTH_ENABLED).

@description('The function app to put sign-in in front of.')
param siteName string

@description('Application (client) id of the Entra app registration that defines the app roles HR, Ops and Viewer.')
@minLength(36)
param clientId string

@description('Directory (tenant) id of that app registration.')
param tenantId string

// Approval and response pages are opened from emails by people who may not be signed in: the signed,
// expiring, single-use token in the link is their credential; so is the signed, revocable personal link
// of each person's own page (/me/{token} and its actions); their stylesheet and icon are public too, or
// they would show unstyled. The Durable management webhooks carry the system key.
var excludedPaths = [
  '/api/approvals'
  '/api/approvals/*'
  '/me/*'
  '/assets/site.css'
  '/assets/favicon.svg'
  '/runtime/webhooks/durabletask'
  '/runtime/webhooks/durabletask/*'
]

resource site 'Microsoft.Web/sites@2025-03-01' existing = {
  name: siteName
}

resource auth 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: true
      unauthenticatedClientAction: 'RedirectToLoginPage'
      redirectToProvider: 'azureactivedirectory'
      excludedPaths: excludedPaths
    }
    httpSettings: {
      requireHttps: true
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: clientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenantId}/v2.0'
        }
        validation: {
          allowedAudiences: [
            clientId
            'api://${clientId}'
          ]
        }
      }
    }
    login: {
      // No token store: the app needs the principal header, not the user's tokens.
      tokenStore: {
        enabled: false
      }
    }
  }
}

output excludedPaths array = excludedPaths
