// Log Analytics workspace + workspace-based Application Insights. Local (instrumentation-key) auth
// is disabled, so the app must send telemetry with its Entra identity (Monitoring Metrics Publisher).

@description('Log Analytics workspace name.')
param logAnalyticsName string

@description('Application Insights component name.')
param appInsightsName string

@description('Azure region.')
param location string

@description('Tags applied to both resources.')
param tags object

@description('Days to keep logs.')
@minValue(30)
@maxValue(730)
param retentionInDays int

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-02-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    // Entra-only ingestion: the connection string alone cannot be used to write telemetry.
    DisableLocalAuth: true
  }
}

output appInsightsName string = appInsights.name
// The connection string identifies the component; it is not a credential once local auth is off.
output appInsightsConnectionString string = appInsights.properties.ConnectionString
output logAnalyticsName string = workspace.name
