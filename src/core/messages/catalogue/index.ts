/**
 * The catalogue assembled from every family's messages. Each family keeps its messages in one file
 * here (or beside its rules, re-exported here); codes never repeat across families (a test pins it).
 */
import type { Message } from "../types";
import { commonMessages } from "./common";
import { validationMessages } from "./validation";
import { templatesMessages } from "../../templates/templatesMessages";
import { targetMessages } from "../../target/targetMessages";
import { workbookMessages } from "./workbook";
import { scoringMessages } from "../../scoring/scoringMessages";
import { explanationMessages } from "../../scoring/explanationMessages";
import { functionsMessages } from "./functions";
import { uiMessages } from "./ui";
import { bootMessages } from "./boot";
import { cliMessages } from "./cli";
import { reviewMessages } from "./review";

export const catalogue = {
  ...commonMessages,
  ...validationMessages,
  ...templatesMessages,
  ...targetMessages,
  ...workbookMessages,
  ...scoringMessages,
  ...explanationMessages,
  ...functionsMessages,
  ...uiMessages,
  ...bootMessages,
  ...cliMessages,
  ...reviewMessages,
} as const satisfies Record<string, Message>;

/** Each family by name, for the test that no code is defined twice. */
export const messageFamilies = {
  common: commonMessages,
  validation: validationMessages,
  templates: templatesMessages,
  target: targetMessages,
  workbook: workbookMessages,
  scoring: scoringMessages,
  explanation: explanationMessages,
  functions: functionsMessages,
  ui: uiMessages,
  boot: bootMessages,
  cli: cliMessages,
  review: reviewMessages,
} as const;
