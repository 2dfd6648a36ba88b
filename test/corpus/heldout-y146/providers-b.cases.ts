// heldout-y146: devtools, observability, payment and SaaS providers rotated through the shared renderers.
import { rotate } from "./_rotate.ts";
import { DEVTOOLS, OBS, PAYMENT, SAAS } from "./_providers.ts";

export const cases = rotate(146002, "b", [DEVTOOLS, OBS, PAYMENT, SAAS], 29, 23);
