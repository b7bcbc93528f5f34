import {
  formatIssue,
  type Locale,
  type MessageCode,
  type MessageRef,
  type ParamsArgs,
} from "../../core/messages";

/** Text of a catalogue code in the pane's language; the params are typed from the message. */
export interface Translate {
  <C extends MessageCode>(code: C, ...params: ParamsArgs<C>): string;
  /** Text of an issue or refusal: its code with its own params. */
  issue(ref: MessageRef): string;
}

/** A {@link Translate} bound to `locale`. */
export function createTranslate(locale: Locale): Translate {
  const issue = (ref: MessageRef): string => formatIssue(ref, locale);
  // ParamsArgs<C> made sure the params fit the code; a generic C cannot be narrowed to one MessageRef.
  const translate = <C extends MessageCode>(code: C, ...[params]: ParamsArgs<C>): string =>
    formatIssue({ code, params } as MessageRef, locale);
  return Object.assign(translate, { issue });
}
