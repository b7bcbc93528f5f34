/**
 * The one-click templates. Adding a kind = one file under kinds/ plus one entry here.
 */
import type { FrameworkId } from "../frameworks";
import { templatesMessages } from "../messages/catalogue/templates";
import type { Message } from "../messages/types";
import type { TableKind } from "../tables/model";
import type { TemplateContent } from "./content";
import { SELF_EVAL_EXAMPLE } from "./exampleSelfEval";
import type { Layout, TemplateOptions } from "./layout";
import { buildSelfEval } from "./kinds/selfEval";

export interface TemplateKind {
  readonly id: TableKind;
  /** Gallery title and one-line description, zh-CN and en (from the message catalogue). */
  readonly title: Message;
  readonly description: Message;
  /** Frameworks the user may choose; the first is the default. */
  readonly frameworks: readonly FrameworkId[];
  readonly build: (options: TemplateOptions, content?: TemplateContent) => Layout;
  /** Content of "insert a filled example", when the kind has one. */
  readonly example?: TemplateContent;
}

export const templateRegistry: readonly TemplateKind[] = [
  {
    id: "self-eval",
    title: templatesMessages.TEMPLATE_SELF_EVAL_TITLE,
    description: templatesMessages.TEMPLATE_SELF_EVAL_DESC,
    frameworks: ["national", "national-pre2021"],
    build: buildSelfEval,
    example: SELF_EVAL_EXAMPLE,
  },
];

/** The registered kind `id`, or undefined. */
export function findTemplate(id: string): TemplateKind | undefined {
  return templateRegistry.find((kind) => kind.id === id);
}
