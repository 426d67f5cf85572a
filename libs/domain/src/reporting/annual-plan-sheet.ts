/** One project under way in the year, its plan for the year (年度计划投资) and what it has reported in the year. */
export interface AnnualPlanRow {
  projectCode: string;
  projectName: string;
  township: string;
  ownerUnit: string;
  totalInvestment: number;
  /** 万元; null until the office sets it. */
  plan: number | null;
  investedThisYear: number;
}

/** The year's plan sheet: every project under way in it, how many have a plan, and what the plans add up to. */
export interface AnnualPlanSheet {
  year: number;
  projects: number;
  planned: number;
  plannedInvestment: number;
  investedThisYear: number;
  items: AnnualPlanRow[];
}
