import type { Message } from "../messages/types";

/** Messages of the blocks family (blockRules.ts): tables scored in several blocks. */
export const blocksMessages = {
  BLOCKS_POINTS_MISMATCH: {
    "zh-CN": "“{block}”标明 {points} 分，而其中各指标分值之和为 {sum}。请核对分值或标题中的分数。",
    en: "The block “{block}” says {points} points, but its indicators' weights add up to {sum}. Check the weights or the points in the label.",
  },
  BLOCKS_SUBTOTAL_WEIGHT_MISMATCH: {
    "zh-CN": "小计的分值 {printed} 与本部分各指标分值之和 {sum} 不符。请更正小计。",
    en: "The subtotal's weight {printed} is not the sum of the block's weights ({sum}). Correct the subtotal.",
  },
  BLOCKS_SUBTOTAL_SCORE_MISMATCH: {
    "zh-CN": "小计的得分 {printed} 与本部分各指标得分之和 {sum} 不符。请更正小计。",
    en: "The subtotal's score {printed} is not the sum of the block's printed scores ({sum}). Correct the subtotal.",
  },
} as const satisfies Record<string, Message>;
