// Parameters for `az deployment group create -f infra/main.bicep -p infra/main.bicepparam`.
// Values come from environment variables when set (azd sets AZURE_ENV_NAME), else the defaults here.
using 'main.bicep'

param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'dev')
// ElasticPremium instead keeps instances warm (FUNCTIONS_WORKER_RUNTIME=dotnet-isolated, linuxFxVersion DOTNET-ISOLATED|10.0).
param hostingPlan = 'FlexConsumption'
param instanceMemoryMB = 2048
param maximumInstanceCount = int(readEnvironmentVariable('AF_MAX_INSTANCES', '40'))
param taskHubName = 'ambassadorflows'
param publicBaseUrl = readEnvironmentVariable('AF_PUBLIC_BASE_URL', '')
param graphEnabled = bool(readEnvironmentVariable('AF_GRAPH_ENABLED', 'false'))
param emailDataLocation = 'Europe'
param emailSenderUsername = 'DoNotReply'
param customEmailDomainName = readEnvironmentVariable('AF_CUSTOM_EMAIL_DOMAIN', '')
param useCustomEmailDomain = bool(readEnvironmentVariable('AF_USE_CUSTOM_EMAIL_DOMAIN', 'false'))
// Lets the deploying user seed the signing key: export AZURE_PRINCIPAL_ID=$(az ad signed-in-user show --query id -o tsv)
param vaultAdminPrincipalId = readEnvironmentVariable('AZURE_PRINCIPAL_ID', '')
param vaultAdminPrincipalType = 'User'
// The Entra app registration with app roles HR, Ops, Viewer (infra/README.md "Sign-in"): required.
param authClientId = readEnvironmentVariable('AF_AUTH_CLIENT_ID', '')
// Ops owner for Azure Monitor alerts and the daily ops digest, e.g. ops@example.com. Empty: no alerts, no digest.
param opsEmail = readEnvironmentVariable('AF_OPS_EMAIL', '')
param opsLanguage = readEnvironmentVariable('AF_OPS_LANGUAGE', 'en')
param opsTimeZone = readEnvironmentVariable('AF_OPS_TIME_ZONE', 'Europe/Copenhagen')
