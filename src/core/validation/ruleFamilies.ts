import { actualRules } from "./actualRules";
import { blockRules } from "./blockRules";
import { formulaRules } from "./formulaRules";
import { fundsRules } from "./fundsRules";
import { portableRules } from "./portableRules";
import { scoreRules } from "./scoreRules";
import { structureRules } from "./structureRules";
import { subBudgetRules } from "./subBudgetRules";
import { targetRules } from "./targetRules";
import { totalRules } from "./totalRules";
import type { RuleFamily } from "./types";
import { weightRules } from "./weightRules";

/**
 * The rule families every table goes through, in the order findings are listed; a kind's own families
 * (KindDefinition.rules, e.g. the monitoring table's) follow them. Adding a family is one file plus one
 * line here; its codes carry the family's prefix and live beside it in <family>Messages.ts.
 */
export const ruleFamilies: readonly { readonly id: string; readonly check: RuleFamily }[] = [
  { id: "structure", check: structureRules },
  { id: "targets", check: targetRules },
  { id: "actuals", check: actualRules },
  { id: "weights", check: weightRules },
  { id: "blocks", check: blockRules },
  { id: "formulas", check: formulaRules },
  { id: "portable", check: portableRules },
  { id: "scores", check: scoreRules },
  { id: "funds", check: fundsRules },
  { id: "subBudgets", check: subBudgetRules },
  { id: "totals", check: totalRules },
];
