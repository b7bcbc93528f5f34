import type { Locale } from "../../core/messages";

/**
 * What boot.js (src/taskpane/boot/boot.ts) decided about the host, handed to the modern pane through
 * `window.PerfTablesBoot.onVerdict`. Only "ready" mounts the pane; boot.js has already said the rest.
 */
export type BootVerdict =
  | { readonly kind: "ready"; readonly locale: Locale }
  | { readonly kind: "officejs-missing"; readonly locale: Locale }
  | { readonly kind: "outside-office"; readonly locale: Locale }
  | { readonly kind: "old-office"; readonly locale: Locale; readonly missing: readonly string[] };

/** The handle boot.js leaves on window. */
export interface BootHandle {
  onVerdict(listener: (verdict: BootVerdict) => void): void;
}
