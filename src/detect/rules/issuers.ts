// Which hosts legitimately receive each provider's credential, and in which request positions.
// Outbound, a credential in an auth position of a request to its issuer is allowed (and logged as
// such); the same credential anywhere else is blocked. Host patterns: exact, or *.suffix.
import { URL_KEY_ISSUERS, URL_KEY_QUERY_PARAMS } from "./provider-url-key.ts";

export const ISSUER_HOSTS: Readonly<Record<string, readonly string[]>> = {
  "anthropic-api-key": ["api.anthropic.com"],
  "openai-api-key": ["api.openai.com"],
  "openai-project-key": ["api.openai.com"],
  "openrouter-api-key": ["openrouter.ai"],
  "groq-api-key": ["api.groq.com"],
  "xai-api-key": ["api.x.ai"],
  "replicate-api-token": ["api.replicate.com"],
  "perplexity-api-key": ["api.perplexity.ai"],
  "huggingface-token": ["huggingface.co", "*.huggingface.co", "router.huggingface.co"],
  "cohere-api-key": ["api.cohere.com", "api.cohere.ai"],
  "google-api-key": ["generativelanguage.googleapis.com", "*.googleapis.com"],
  "google-oauth-access-token": ["*.googleapis.com"],
  "github-pat": ["api.github.com", "github.com", "*.githubusercontent.com", "uploads.github.com"],
  "github-fine-grained-pat": ["api.github.com", "github.com", "*.githubusercontent.com", "uploads.github.com"],
  "github-oauth-token": ["api.github.com", "github.com", "*.githubusercontent.com"],
  "github-app-token": ["api.github.com", "github.com", "*.githubusercontent.com"],
  "gitlab-pat": ["gitlab.com"],
  "npm-token": ["registry.npmjs.org"],
  "pypi-token": ["upload.pypi.org"],
  "slack-bot-token": ["slack.com", "*.slack.com"],
  "slack-user-token": ["slack.com", "*.slack.com"],
  "slack-app-token": ["slack.com", "*.slack.com"],
  "stripe-secret-key": ["api.stripe.com"],
  "sendgrid-api-key": ["api.sendgrid.com"],
  "linear-api-key": ["api.linear.app"],
  "dropbox-token": ["api.dropboxapi.com", "content.dropboxapi.com", "notify.dropboxapi.com"],
  "octopus-deploy-api-key": ["*.octopus.app"],
  "notion-token": ["api.notion.com"],
  "vercel-token": ["api.vercel.com"],
  "sentry-token": ["sentry.io", "*.sentry.io"],
  "datadog-api-key": ["*.datadoghq.com", "*.datadoghq.eu"],
  "cloudflare-api-token": ["api.cloudflare.com"],
  "digitalocean-token": ["api.digitalocean.com"],
  "dockerhub-token": ["hub.docker.com", "auth.docker.io", "registry-1.docker.io"],
  "nvidia-api-key": ["integrate.api.nvidia.com", "ai.api.nvidia.com"],
  "anyscale-api-key": ["api.endpoints.anyscale.com"],
  "lambda-cloud-api-key": ["cloud.lambdalabs.com", "cloud.lambda.ai"],
  "xata-api-key": ["api.xata.io", "*.xata.sh"],
  "appwrite-api-key": ["cloud.appwrite.io", "*.cloud.appwrite.io"],
  "convex-deploy-key": ["api.convex.dev", "*.convex.cloud"],
  "stytch-secret": ["api.stytch.com", "test.stytch.com"],
  "paddle-api-key": ["api.paddle.com", "sandbox-api.paddle.com"],
  "honeycomb-key": ["api.honeycomb.io", "api.eu1.honeycomb.io"],
  "honeycomb-team-header": ["api.honeycomb.io", "api.eu1.honeycomb.io"],
  "yandex-cloud-api-key": ["*.api.cloud.yandex.net"],
  "exoscale-api-key": ["*.exoscale.com"],
  "midtrans-server-key": ["api.midtrans.com", "api.sandbox.midtrans.com", "app.midtrans.com", "app.sandbox.midtrans.com"],
  "gocardless-access-token": ["api.gocardless.com", "api-sandbox.gocardless.com"],
  "trello-token": ["api.trello.com"],
  "tiktok-token": ["open.tiktokapis.com"],
  "salesforce-access-token": ["*.salesforce.com", "*.force.com"],
  "zoho-oauth-token": ["*.zohoapis.com", "*.zohoapis.eu", "*.zohoapis.in", "*.zohoapis.com.au"],
  "twitter-bearer-token": ["api.twitter.com", "api.x.com"],
  "checkly-api-key": ["api.checklyhq.com"],
  "mercadopago-access-token": ["api.mercadopago.com"],
  "asaas-api-key": ["api.asaas.com", "api-sandbox.asaas.com", "sandbox.asaas.com"],
  "razorpay-key-secret": ["api.razorpay.com"],
  "razorpay-key-secret-named": ["api.razorpay.com"],
  "yookassa-secret-key": ["api.yookassa.ru"],
  "mono-secret-key": ["api.withmono.com"],
  "amazon-lwa-token": ["api.amazon.com", "api.amazon.co.uk", "api.amazon.co.jp", "advertising-api.amazon.com", "advertising-api-eu.amazon.com", "advertising-api-fe.amazon.com", "*.amazon.com"],
  "backblaze-b2-application-key": ["api.backblazeb2.com", "*.backblazeb2.com"],
  "paypal-client-secret": ["api-m.paypal.com", "api-m.sandbox.paypal.com", "api.paypal.com", "api.sandbox.paypal.com"],
  // Credentials that are part of the endpoint's own URL: the request to it is their use.
  // Cloud portals only: a self-hosted Bitrix24 or ThingsBoard is admitted by a route's allow_credentials.
  "bitrix24-webhook": ["*.bitrix24.ru", "*.bitrix24.com", "*.bitrix24.de", "*.bitrix24.eu", "*.bitrix24.es", "*.bitrix24.fr", "*.bitrix24.it", "*.bitrix24.pl", "*.bitrix24.uk", "*.bitrix24.by", "*.bitrix24.kz", "*.bitrix24.ua", "*.bitrix24.com.br", "*.bitrix24.com.tr", "*.bitrix24.in", "*.bitrix24.id", "*.bitrix24.vn", "*.bitrix24.jp", "*.bitrix24.cn"],
  "thingsboard-device-token": ["thingsboard.cloud", "*.thingsboard.cloud", "demo.thingsboard.io"],
  "slack-webhook": ["hooks.slack.com"],
  "discord-webhook": ["discord.com", "discordapp.com"],
  "telegram-bot-token": ["api.telegram.org"],
  "wecom-webhook": ["qyapi.weixin.qq.com"],
  "dingtalk-webhook": ["oapi.dingtalk.com"],
  "feishu-webhook": ["open.feishu.cn", "open.larksuite.com"],
  "riot-api-key": ["*.api.riotgames.com"],
  "teams-webhook": ["*.webhook.office.com"],
  "zapier-webhook": ["hooks.zapier.com"],
  "logic-apps-trigger-url": ["*.logic.azure.com", "*.api.powerplatform.com"],
  "mailersend-api-token": ["api.mailersend.com"],
  "ghost-admin-api-key": ["*.ghost.io"],
  // Keys in a provider's documented endpoint URL (its path or query), one table in provider-url-key.ts.
  ...URL_KEY_ISSUERS,
};

/** Request headers that carry credentials to their issuer (lowercase). */
export const AUTH_HEADERS: ReadonlySet<string> = new Set([
  "authorization", "x-api-key", "api-key", "x-goog-api-key", "private-token", "x-auth-token", "dd-api-key", "x-access-token",
]);

/** Query parameters that documented APIs take a credential in (Google's `key=`): an auth position of a URL, as its path is for webhook and bot URLs. */
export const AUTH_QUERY_PARAMS: ReadonlySet<string> = new Set(["key", "access_token", ...URL_KEY_QUERY_PARAMS]);

export function issuerMatches(ruleId: string, host: string, extra: readonly string[] = []): boolean {
  const h = host.toLowerCase();
  for (const p of ISSUER_HOSTS[ruleId] ?? []) {
    if (p.startsWith("*.") ? h.endsWith(p.slice(1)) : h === p) return true;
  }
  return extra.includes(ruleId);
}
