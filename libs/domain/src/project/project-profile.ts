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
