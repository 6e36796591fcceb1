/**
 * The fleet's OAuth, seen by clients nobody here wrote: `oauth4webapi` (panva's conformant
 * OAuth 2 client) does what an MCP host does before it can call a tool — asks the MCP server,
 * gets 401 with `resource_metadata`, reads the RFC 9728 metadata, discovers the authorization
 * server by RFC 8414, gets a client-credentials token for that resource (RFC 8707), validates it
 * as an RFC 9068 access token and introspects it (RFC 7662) — then the official MCP SDK client
 * calls the tool with that token. Real processes: the shared fleet's oauth and calculator.
 */
import * as oauth from 'oauth4webapi'
import { secretEnvName } from '@heist/shared'
import { connectMcp, mcpHttpFailure } from '@heist/shared/mcp-client'
import { describe, expect, it } from 'vitest'
import { sharedFleet } from '../support/shared-fleet.js'

// Loopback over plain HTTP: oauth4webapi insists on https unless told otherwise, per request.
const insecure = { [oauth.allowInsecureRequests]: true } as const

const fleet = sharedFleet()
const secret = (clientId: string) => fleet.env[secretEnvName(clientId)] as string

/** What an MCP host learns from the server alone: the resource and its authorization server. */
async function discover(mcpUrl: string): Promise<{ resource: oauth.ResourceServer; as: oauth.AuthorizationServer }> {
  // A host with no valid token yet: the library reads the challenge (RFC 6750 §3, RFC 9728 §5.1).
  const challenges = await oauth.protectedResourceRequest('no-token-yet', 'POST', new URL(mcpUrl),
    new Headers({ 'content-type': 'application/json', accept: 'application/json, text/event-stream' }), '{"jsonrpc":"2.0","id":1,"method":"tools/list"}', insecure)
    .then(() => [], (error: unknown) => error instanceof oauth.WWWAuthenticateChallengeError && error.status === 401 ? error.cause : Promise.reject(error))
  const metadataUrl = challenges.find((c) => c.scheme === 'bearer')?.parameters.resource_metadata
  expect(metadataUrl).toBeDefined()
  // The identifier is the metadata URL with the well-known segment taken out (RFC 9728 §3.1).
  const identifier = new URL(String(metadataUrl).replace('/.well-known/oauth-protected-resource', ''))
  const resource = await oauth.processResourceDiscoveryResponse(identifier, await oauth.resourceDiscoveryRequest(identifier, insecure))
  const issuer = new URL(resource.authorization_servers?.[0] as string)
  const as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, { algorithm: 'oauth2', ...insecure }))
  return { resource, as }
}

async function clientCredentials(as: oauth.AuthorizationServer, clientId: string, parameters: Record<string, string>): Promise<oauth.TokenEndpointResponse> {
  const response = await oauth.clientCredentialsGrantRequest(as, { client_id: clientId }, oauth.ClientSecretBasic(secret(clientId)), parameters, insecure)
  return oauth.processClientCredentialsResponse(as, { client_id: clientId }, response)
}

describe('oauth4webapi and the MCP SDK against the running fleet', () => {
  it('discovers, gets a resource-bound token, validates and introspects it, and calls the tool over MCP with it', async () => {
    const mcpUrl = `${fleet.urls.calculator}/mcp`
    const { resource, as } = await discover(mcpUrl)
    expect(new URL(resource.resource).origin).toBe(new URL(fleet.urls.calculator as string).origin)
    // RFC 8414 §3.3: the issuer is the URL the metadata was fetched from.
    expect(as.issuer).toBe(fleet.urls.oauth)
    expect(as.grant_types_supported).toContain('client_credentials')
    expect(as.token_endpoint_auth_methods_supported).toEqual(expect.arrayContaining(['client_secret_basic', 'client_secret_post']))
    expect(as.scopes_supported).toContain('calculator:use')

    const granted = await clientCredentials(as, 'safecracker', { scope: 'calculator:use', resource: resource.resource })
    expect(granted.token_type).toBe('bearer')
    expect(granted.scope).toBe('calculator:use')

    // RFC 9068, checked by the library: signature through the discovered JWKS, typ at+jwt, iss, aud, exp.
    const claims = await oauth.validateJwtAccessToken(as, new Request(resource.resource, { headers: { authorization: `Bearer ${granted.access_token}` } }), resource.resource, insecure)
    expect(claims).toMatchObject({ client_id: 'safecracker', sub: 'safecracker', scope: 'calculator:use' })

    // RFC 7662 by a resource server of the fleet (the calculator's own client holds oauth:introspect).
    const introspected = await oauth.processIntrospectionResponse(as, { client_id: 'calculator' },
      await oauth.introspectionRequest(as, { client_id: 'calculator' }, oauth.ClientSecretBasic(secret('calculator')), granted.access_token, insecure))
    expect(introspected).toMatchObject({ active: true, client_id: 'safecracker', scope: 'calculator:use', aud: resource.resource })

    // The token the standard client got is all the official MCP client needs.
    const mcp = await connectMcp({ url: mcpUrl, token: () => granted.access_token, name: 'oauth4webapi-test' })
    try {
      expect((await mcp.listTools()).tools.map((t) => t.name)).toEqual(['calculator'])
      const called = await mcp.callTool({ name: 'calculator', arguments: { expression: '45 * 60' } }) as { isError?: boolean; content: { type: string; text: string }[] }
      expect(called.isError).toBeFalsy()
      expect(called.content[0]?.text).toMatch(/= 2700$/)
    } finally {
      await mcp.close()
    }
  })

  it('a host that probes the /mcp-suffixed metadata first (RFC 9728 §3.1) gets a document for that identifier and a token the MCP server takes', async () => {
    const mcpUrl = new URL(`${fleet.urls.calculator}/mcp`)
    // The library rejects a document whose resource is not the identifier it asked about (§3.3).
    const resource = await oauth.processResourceDiscoveryResponse(mcpUrl, await oauth.resourceDiscoveryRequest(mcpUrl, insecure))
    expect(resource.resource).toBe(mcpUrl.href)
    const issuer = new URL(resource.authorization_servers?.[0] as string)
    const as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, { algorithm: 'oauth2', ...insecure }))
    const granted = await clientCredentials(as, 'safecracker', { scope: 'calculator:use', resource: resource.resource })
    const mcp = await connectMcp({ url: mcpUrl.href, token: () => granted.access_token, name: 'oauth4webapi-suffixed' })
    try {
      expect((await mcp.listTools()).tools.map((t) => t.name)).toEqual(['calculator'])
    } finally {
      await mcp.close()
    }
  })

  it('refuses what a conformant client must not get: introspection without the scope, a token for another audience at /mcp', async () => {
    const { resource, as } = await discover(`${fleet.urls.calculator}/mcp`)
    const token = (await clientCredentials(as, 'safecracker', {})).access_token // for oauth itself (discovery), not the calculator

    const byAgent = oauth.introspectionRequest(as, { client_id: 'planner' }, oauth.ClientSecretBasic(secret('planner')), token, insecure)
      .then((response) => oauth.processIntrospectionResponse(as, { client_id: 'planner' }, response))
    await expect(byAgent).rejects.toMatchObject({ error: 'unauthorized_client', status: 403 })

    await expect(oauth.validateJwtAccessToken(as, new Request(resource.resource, { headers: { authorization: `Bearer ${token}` } }), resource.resource, insecure))
      .rejects.toThrow(/aud/)
    const refused = await connectMcp({ url: `${fleet.urls.calculator}/mcp`, token: () => token }).then(async (client) => { await client.close(); return null }, (error: unknown) => mcpHttpFailure(error))
    expect(refused).toMatchObject({ status: 401, code: 'AUTH_INVALID_TOKEN' })
  })

  it('left no error in any service log (every refusal above was a clear 4xx)', () => {
    expect(fleet.errors()).toEqual([])
  })
})
