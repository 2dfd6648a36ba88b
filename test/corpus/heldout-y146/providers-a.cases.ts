// heldout-y146: AI, auth, cloud, comms and data providers rotated through the shared renderers.
import { rotate } from "./_rotate.ts";
import { AI, AUTH, CLOUD, COMMS, DATA } from "./_providers.ts";

export const cases = rotate(146001, "a", [AI, AUTH, CLOUD, COMMS, DATA], 29, 0);
