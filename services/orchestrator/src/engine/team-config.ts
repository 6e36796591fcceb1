// The team's configuration is validated in shared, so the launcher refuses a bad file before
// anything starts with the very checks the orchestrator applies.
export { loadTeamConfig } from '@heist/shared'
