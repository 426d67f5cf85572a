/**
 * The most a county's key project can cost, in 万元 (一千亿元, beyond any county's project): more is a figure
 * in 元 typed as 万元, which would swamp every investment figure of the portfolio.
 */
export const MAX_TOTAL_INVESTMENT = 10_000_000;

/** What the leading-group office records when it registers a key project. */
export interface ProjectProfile {
  code: string;
  name: string;
  township: string;
  projectType: string;
  templateId: string;
  /** Total investment in 万元. */
  totalInvestment: number;
  ownerUnit: string;
  /** The assigned county leader (包抓县领导): one per project. */
  leader: string;
  /** Planned dates, local calendar dates YYYY-MM-DD. */
  plannedStart: string;
  plannedCompletion: string;
}
