/**
 * Every variable a service's own env schema reads (`services/<name>/src/env.ts`, the export whose
 * name ends in `Env`): the list both runners are checked against, the launcher in launch-env.test.ts
 * and docker-compose.yml in compose-config.test.ts, so a setting added to a schema reaches the
 * service under both or fails both.
 */
export async function envSchemaKeys(service: string): Promise<string[]> {
  const module = (await import(`../../services/${service}/src/env.ts`)) as Record<string, unknown>
  const schema = Object.entries(module).find(([key]) => key.endsWith('Env'))?.[1] as { shape?: Record<string, unknown> } | undefined
  if (!schema?.shape) throw new Error(`services/${service}/src/env.ts exports no env schema`)
  return Object.keys(schema.shape)
}
