// Azure Monitor alerts for the ops owner: one email action group and four log search alert rules over
// the app's Application Insights component. Each rule queries with its own system-assigned identity
// (Reader on the component, nothing wider); no keys or webhook secrets anywhere.
// The app-side signals (the two "Ops signal" log lines) are written by
// functions/AmbassadorFlows.Functions/Observability/OpsSignals.cs; keep the texts below in step with it.

@description('Name prefix of the action group and rules, e.g. ambflows-dev.')
param baseName string

@description('Region of the rules (the component\'s).')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Application Insights component the rules query.')
param appInsightsName string

@description('Address the alerts are emailed to.')
param email string

@description('How often each rule runs, and the window it looks at (ISO 8601).')
param evaluationFrequency string = 'PT15M'

// Reader: enough to run log queries on the component, and nothing else.
var readerRoleId = 'acdd72a7-3385-48ef-bd42-f606fba81ae7'

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: 'ag-${baseName}-ops'
  // Action groups are global resources.
  location: 'global'
  tags: tags
  properties: {
    // At most 12 characters; shown as the sender of SMS and in the email's subject.
    groupShortName: 'ambflowsops'
    enabled: true
    emailReceivers: [
      {
        name: 'ops-owner'
        emailAddress: email
        useCommonAlertSchema: true
      }
    ]
  }
}

// One entry per rule: what it is, its severity and the query that finds it. A row returned is a hit.
var rules = [
  {
    key: 'function-failures'
    displayName: 'AmbassadorFlows: failed function executions'
    description: 'A function invocation (HTTP, timer, orchestrator or activity) ended Failed. The host logs "Executed \'Functions.<name>\' (Failed, ...)" at Error.'
    severity: 2
    query: '''
traces
| where tostring(customDimensions.Category) startswith "Function."
| where message startswith "Executed 'Functions." and message has "(Failed"
| summarize failures = count() by functionName = tostring(split(tostring(customDimensions.Category), ".")[1])
'''
  }
  {
    key: 'orchestration-failures'
    displayName: 'AmbassadorFlows: failed orchestrations'
    description: 'A cohort or journey orchestration ended Failed (the Durable extension\'s tracking events, category Host.Triggers.DurableTask). Repair from the dashboard\'s instance page.'
    severity: 1
    query: '''
traces
| where tostring(customDimensions.Category) == "Host.Triggers.DurableTask"
| where tostring(customDimensions.prop__state) == "Failed"
| where tostring(customDimensions.prop__functionType) == "Orchestrator"
| summarize failures = count() by functionName = tostring(customDimensions.prop__functionName)
'''
  }
  {
    key: 'requests-past-deadline'
    displayName: 'AmbassadorFlows: requests past their deadline'
    description: 'Approvals still open after their deadline: the orchestration that should have timed them out is not running. Written hourly by the OpsDigest function.'
    severity: 2
    query: '''
traces
| where message startswith "Ops signal requests-past-deadline"
| summarize overdue = max(toint(customDimensions.prop__Count))
'''
  }
  {
    key: 'mail-delivery-failures'
    displayName: 'AmbassadorFlows: email delivery failures'
    description: 'Communication Services refused an email or its send operation ended Failed; the sent-mail log records the error and the activity retries.'
    severity: 2
    query: '''
traces
| where message startswith "Ops signal mail-delivery-failed"
| summarize failures = count() by template = tostring(customDimensions.prop__Template)
'''
  }
]

resource alertRules 'Microsoft.Insights/scheduledQueryRules@2026-03-01' = [
  for rule in rules: {
    name: 'alert-${baseName}-${rule.key}'
    location: location
    tags: tags
    kind: 'LogAlert'
    identity: {
      type: 'SystemAssigned'
    }
    properties: {
      displayName: rule.displayName
      description: rule.description
      severity: rule.severity
      enabled: true
      scopes: [
        appInsights.id
      ]
      evaluationFrequency: evaluationFrequency
      windowSize: evaluationFrequency
      criteria: {
        allOf: [
          {
            query: rule.query
            timeAggregation: 'Count'
            operator: 'GreaterThan'
            threshold: 0
            failingPeriods: {
              numberOfEvaluationPeriods: 1
              minFailingPeriodsToAlert: 1
            }
          }
        ]
      }
      // One email per condition, not one every evaluation while it lasts.
      autoMitigate: true
      actions: {
        actionGroups: [
          actionGroup.id
        ]
      }
    }
  }
]

// Each rule's identity may read the component's logs, and only that.
resource ruleReaders 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for (_, i) in rules: {
    // The rule's id stands for its identity (one each, known before deployment, unlike the principal id).
    name: guid(appInsights.id, alertRules[i].id, readerRoleId)
    scope: appInsights
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', readerRoleId)
      principalId: alertRules[i].identity.principalId
      principalType: 'ServicePrincipal'
    }
  }
]

output actionGroupId string = actionGroup.id
output ruleNames array = [for (rule, i) in rules: alertRules[i].name]
