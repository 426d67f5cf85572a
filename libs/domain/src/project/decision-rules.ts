/**
 * Rules a run of older workflow code may not have applied when it recorded its history: each is on for new
 * runs and for the commands Update validators check, and off where a run replays what it recorded without it.
 */
export interface DecisionRules {
  /**
   * One month's amount is at most the project's total investment: more is a figure in 元 typed as 万元, and one
   * such report would put the county's 投资完成率 in the thousands of per cent.
   */
  investmentWithinTotal: boolean;
  /** 两黄变红: a stage's warning that follows another warning with no clean stage between is raised as red. */
  yellowsInARowTurnRed: boolean;
}

export const CURRENT_RULES: DecisionRules = { investmentWithinTotal: true, yellowsInARowTurnRed: true };
