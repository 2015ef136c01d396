import {
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import {
  AuthenticationConstants,
  BotFrameworkAuthentication,
  ConnectorFactory,
  UserTokenClient,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorClient,
} from 'botframework-connector';
import type { Activity, TokenExchangeRequest } from 'botbuilder';

/** How many connector clients are kept: one per bot identity, channel service URL and audience. */
const CONNECTOR_CLIENTS_KEPT = 256;

/**
 * Bot Framework authentication from configuration (botbuilder's own: tokens are checked exactly as
 * ConfigurationBotFrameworkAuthentication checks them), with two costs of every turn taken away:
 *
 * - CloudAdapter asks for a new connector client on every turn, and each one builds its HTTP
 *   pipeline and serializer afresh: a tenth of the CPU of a turn. Here a client is made once per bot
 *   identity, service URL and audience, and reused (its credentials keep and renew their own token).
 * - CloudAdapter also builds a user-token client on every turn, for sign-in (OAuth) flows. Signpost
 *   signs nobody in, so the client it gets is built only if something ever calls it.
 *
 * - Activities go to the channel as JSON, not through the connector's model serializer (see
 *   sendsActivitiesAsJson).
 *
 * Everything else is passed to botbuilder's implementation unchanged.
 */
export class SignpostBotFrameworkAuthentication extends BotFrameworkAuthentication {
  private readonly inner: BotFrameworkAuthentication;
  private readonly connectors = new ReusedConnectorClients(CONNECTOR_CLIENTS_KEPT);
  private readonly proactiveConnectors: ReusedConnectorClients;

  constructor(
    options: ConfigurationBotFrameworkAuthenticationOptions,
    proactive: { proactiveSendTimeoutMs?: number } = {},
  ) {
    super();
    this.inner = new ConfigurationBotFrameworkAuthentication(options);
    const timeoutMs = proactive.proactiveSendTimeoutMs ?? DEFAULT_PROACTIVE_TIMEOUT_MS;
    this.proactiveConnectors = new ReusedConnectorClients(CONNECTOR_CLIENTS_KEPT, (client) =>
      forProactiveSends(sendsActivitiesAsJson(client), timeoutMs),
    );
  }

  override async authenticateRequest(
    activity: Activity,
    authHeader: string,
  ): Promise<AuthenticateRequestResult> {
    return this.withReusedConnectors(await this.inner.authenticateRequest(activity, authHeader));
  }

  override async authenticateStreamingRequest(
    authHeader: string,
    channelIdHeader: string,
  ): Promise<AuthenticateRequestResult> {
    return this.withReusedConnectors(
      await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader),
    );
  }

  /**
   * CloudAdapter asks for this factory only for turns it starts itself (continueConversationAsync,
   * createConversationAsync): proactive sends. Their clients time out and do not retry by themselves
   * (see forProactiveSends); replies inside a user's turn use the clients of authenticateRequest.
   */
  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.proactiveConnectors.factory(
      this.inner.createConnectorFactory(claimsIdentity),
      botIdOf(claimsIdentity),
    );
  }

  override async createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return new OnDemandUserTokenClient(() => this.inner.createUserTokenClient(claimsIdentity));
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  private withReusedConnectors(result: AuthenticateRequestResult): AuthenticateRequestResult {
    if (!result.connectorFactory) return result;
    return {
      ...result,
      connectorFactory: this.connectors.factory(result.connectorFactory, botIdOf(result.claimsIdentity)),
    };
  }
}

/**
 * The bot identity a connector factory was made for, read from the same claims, in the same order,
 * as botbuilder reads it (audience, then app id); empty when authentication is off.
 */
function botIdOf(identity: ClaimsIdentity): string {
  return (
    identity.getClaimValue(AuthenticationConstants.AudienceClaim) ??
    identity.getClaimValue(AuthenticationConstants.AppIdClaim) ??
    ''
  );
}

/** A proactive send that takes longer than this counts as failed (the outbox tries it again later). */
const DEFAULT_PROACTIVE_TIMEOUT_MS = 10_000;

/** The parts of the HTTP pipeline under a connector client (@azure/core-rest-pipeline) used here. */
interface PipelineLike {
  removePolicy(options: { name: string }): unknown;
  addPolicy(policy: {
    name: string;
    sendRequest(
      request: { timeout: number },
      next: (request: { timeout: number }) => Promise<unknown>,
    ): Promise<unknown>;
  }): void;
}

/**
 * Tunes a connector client for proactive sends, which the outbox retries itself with backoff and a
 * recorded reason. The pipeline's own retry policy would repeat a failed send three times inside one
 * attempt (about 9 seconds against a channel answering 500), and a channel that never answers would
 * hold the send for ever: the retry policy is taken out and every request gets a timeout. Leans on
 * botbuilder's internals (ServiceClientContext keeps its core-client ServiceClient as `client`), so it
 * checks what it finds and leaves the client as it is if the shape ever changes.
 */
export function forProactiveSends(client: ConnectorClient, timeoutMs: number): ConnectorClient {
  const pipeline = (client as unknown as { client?: { pipeline?: Partial<PipelineLike> } }).client?.pipeline;
  if (typeof pipeline?.removePolicy !== 'function' || typeof pipeline.addPolicy !== 'function') return client;
  pipeline.removePolicy({ name: 'defaultRetryPolicy' });
  pipeline.removePolicy({ name: 'retryPolicy' });
  pipeline.addPolicy({
    name: 'signpostProactiveTimeout',
    sendRequest: (request, next) => {
      request.timeout = timeoutMs;
      return next(request);
    },
  });
  return client;
}

/** The parts of a request description (@azure/core-client's OperationSpec) read here. */
interface OperationSpecLike {
  readonly requestBody?: {
    readonly mapper?: { readonly type?: { readonly name?: string; readonly className?: string } };
  };
}

type SendOperationRequest = (args: unknown, spec: OperationSpecLike, callback?: unknown) => Promise<unknown>;

const plainBodySpecs = new WeakMap<OperationSpecLike, OperationSpecLike>();

/** The same request description with its Activity body sent as it is, as JSON. */
function withPlainActivityBody(spec: OperationSpecLike): OperationSpecLike {
  const body = spec.requestBody;
  if (body?.mapper?.type?.className !== 'Activity') return spec;
  let plain = plainBodySpecs.get(spec);
  if (!plain) {
    plain = { ...spec, requestBody: { ...body, mapper: { ...body.mapper, type: { name: 'any' } } } };
    plainBodySpecs.set(spec, plain);
  }
  return plain;
}

/**
 * Sends the activities of replies, proactive messages and card updates as JSON, the shape the Bot
 * Connector REST API takes, rather than through the connector's model serializer. That serializer
 * walks the Activity model property by property, copying every object on the way, and was a tenth of
 * what a Signpost turn allocated; it also drops any property its model lacks (an entity's own fields)
 * and rewrites a local timestamp's offset as UTC. Everything else about the request (URL, headers,
 * token, retries, what comes back) is the connector's own. Leans on botbuilder's internals (the
 * operations call `sendOperationRequest` on the client, with a request description whose body model
 * is named Activity), so it checks what it finds and leaves the client as it is if the shape changes.
 */
export function sendsActivitiesAsJson(client: ConnectorClient): ConnectorClient {
  const send = (client as unknown as { sendOperationRequest?: unknown }).sendOperationRequest;
  if (typeof send !== 'function') return client;
  const original = send as SendOperationRequest;
  const plain: SendOperationRequest = (args, spec, callback) =>
    original.call(client, args, withPlainActivityBody(spec), callback);
  Object.defineProperty(client, 'sendOperationRequest', { value: plain, writable: true, configurable: true });
  return client;
}

/** Connector clients by bot identity, service URL and audience; the oldest goes when full. */
export class ReusedConnectorClients {
  private readonly clients = new Map<string, Promise<ConnectorClient>>();

  constructor(
    private readonly limit: number,
    private readonly prepare: (client: ConnectorClient) => ConnectorClient = sendsActivitiesAsJson,
  ) {}

  get size(): number {
    return this.clients.size;
  }

  /** A factory that hands out the kept client, and asks `made` for one only the first time. */
  factory(made: ConnectorFactory, botId: string): ConnectorFactory {
    return new KeptConnectorFactory((serviceUrl, audience) => {
      const key = `${botId}\u0000${serviceUrl}\u0000${audience ?? ''}`;
      let client = this.clients.get(key);
      if (!client) {
        if (this.clients.size >= this.limit) this.clients.delete(this.clients.keys().next().value as string);
        client = made.create(serviceUrl, audience).then(this.prepare);
        this.clients.set(key, client);
        // A failed creation is not kept: the next turn tries again.
        client.catch(() => {
          if (this.clients.get(key) === client) this.clients.delete(key);
        });
      }
      return client;
    });
  }
}

class KeptConnectorFactory extends ConnectorFactory {
  constructor(private readonly get: (serviceUrl: string, audience?: string) => Promise<ConnectorClient>) {
    super();
  }

  override create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.get(serviceUrl, audience);
  }
}

/** A user-token client built on first use, then used for every call. */
export class OnDemandUserTokenClient extends UserTokenClient {
  private client: Promise<UserTokenClient> | undefined;

  constructor(private readonly make: () => Promise<UserTokenClient>) {
    super();
  }

  private real(): Promise<UserTokenClient> {
    this.client ??= this.make();
    return this.client;
  }

  override async getUserToken(userId: string, connectionName: string, channelId: string, magicCode: string) {
    return (await this.real()).getUserToken(userId, connectionName, channelId, magicCode);
  }

  override async getSignInResource(connectionName: string, activity: Activity, finalRedirect: string) {
    return (await this.real()).getSignInResource(connectionName, activity, finalRedirect);
  }

  override async signOutUser(userId: string, connectionName: string, channelId: string) {
    return (await this.real()).signOutUser(userId, connectionName, channelId);
  }

  override async getTokenStatus(userId: string, channelId: string, includeFilter: string) {
    return (await this.real()).getTokenStatus(userId, channelId, includeFilter);
  }

  override async getAadTokens(
    userId: string,
    connectionName: string,
    resourceUrls: string[],
    channelId: string,
  ) {
    return (await this.real()).getAadTokens(userId, connectionName, resourceUrls, channelId);
  }

  override async exchangeToken(
    userId: string,
    connectionName: string,
    channelId: string,
    exchangeRequest: TokenExchangeRequest,
  ) {
    return (await this.real()).exchangeToken(userId, connectionName, channelId, exchangeRequest);
  }
}
