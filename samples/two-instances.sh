#!/usr/bin/env bash
# Two app instances on one Azure Storage task hub and one set of app tables, in Azurite (in memory):
# the self-hosting setup of the README, on one machine. Ctrl+C stops everything (the instances take up
# to half a minute to hand back their partitions).
# Ports: FIRST_PORT (7071), SECOND_PORT (7072), and Azurite's on AZURITE_PORT (10100) and the next two.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
first="${FIRST_PORT:-7071}"
second="${SECOND_PORT:-7072}"
blob="${AZURITE_PORT:-10100}"; queue=$((blob + 1)); table=$((blob + 2))
work="$(mktemp -d -t af-two-instances-XXXXXX)"

azurite="$root/artifacts/azurite/node_modules/.bin/azurite"
if [[ ! -x "$azurite" ]]; then
  mkdir -p "$root/artifacts/azurite"
  (cd "$root/artifacts/azurite" && npm install azurite@3.37.0 --no-audit --no-fund --silent)
fi

pids=()
stop() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap stop EXIT INT TERM

(cd "$work" && exec "$azurite" --inMemoryPersistence --silent --skipApiVersionCheck --loose --disableTelemetry \
  --blobHost 127.0.0.1 --blobPort "$blob" --queueHost 127.0.0.1 --queuePort "$queue" --tableHost 127.0.0.1 --tablePort "$table") &
pids+=($!)

# Azurite's documented development account (a public constant, not a secret).
account="devstoreaccount1"
key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
storage="DefaultEndpointsProtocol=http;AccountName=$account;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob/$account;QueueEndpoint=http://127.0.0.1:$queue/$account;TableEndpoint=http://127.0.0.1:$table/$account;"

# What every instance shares (README, "Self-hosting on Azure Storage").
export AmbassadorFlows__Durable__Backend=AzureStorage
export AmbassadorFlows__Durable__AzureStorageConnectionString="$storage"
export AmbassadorFlows__Durable__TaskHubName=twoinstances
export AmbassadorFlows__Tables__ConnectionString="$storage"
export AmbassadorFlows__Tables__TablePrefix=two
export AmbassadorFlows__SigningKeys__k1="$(head -c 32 /dev/urandom | base64)"
export AmbassadorFlows__ManagementKey="$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
# No load balancer here: links point at the first instance (behind one, its address).
export AmbassadorFlows__PublicBaseUrl="http://localhost:$first"
# One data folder: the dashboard's Data Protection keys (sign-in cookies) are shared through it.
export AmbassadorFlows__DataPath="$work/data"

dotnet build -v q -nologo "$root/functions/AmbassadorFlows.Functions"
for port in "$first" "$second"; do
  dotnet run --no-build --project "$root/functions/AmbassadorFlows.Functions" -- --urls "http://localhost:$port" &
  pids+=($!)
done

echo "Two instances: http://localhost:$first and http://localhost:$second (management key $AmbassadorFlows__ManagementKey)."
echo "Start a cohort on one: curl -H \"Authorization: Bearer \$KEY\" -H 'Content-Type: application/json' -d @samples/cohort.json http://localhost:$second/api/cohorts"
wait
