/**
 * The normalized posting every adapter produces and every component consumes.
 * Field names are the public "careers feed" v1 contract (see README and
 * schema/careers-feed.schema.json): change them only with the schema.
 */

/** Where the work happens: on site only, partly remote, or fully remote. */
export type RemotePolicy = 'none' | 'hybrid' | 'full';

/**
 * Normalized contract kinds. French kinds map as: CDI -> permanent, CDD -> fixed-term,
 * indépendant/freelance -> freelance, stage -> internship, alternance -> apprenticeship,
 * contractuel -> contractual, fonctionnaire -> civil-servant.
 */
export type ContractKind =
  | 'permanent'
  | 'fixed-term'
  | 'freelance'
  | 'internship'
  | 'apprenticeship'
  | 'contractual'
  | 'civil-servant'
  | 'temporary'
  | 'part-time'
  | 'volunteer'
  | 'other';

export const CONTRACT_KINDS: readonly ContractKind[] = [
  'permanent',
  'fixed-term',
  'freelance',
  'internship',
  'apprenticeship',
  'contractual',
  'civil-servant',
  'temporary',
  'part-time',
  'volunteer',
  'other',
];

export const REMOTE_POLICIES: readonly RemotePolicy[] = ['none', 'hybrid', 'full'];

/** Seniority sought. */
export type ExperienceLevel = 'student' | 'junior' | 'mid' | 'senior' | 'executive';

export const EXPERIENCE_LEVELS: readonly ExperienceLevel[] = [
  'student',
  'junior',
  'mid',
  'senior',
  'executive',
];

export type SalaryPeriod = 'hour' | 'day' | 'week' | 'month' | 'year';

export const SALARY_PERIODS: readonly SalaryPeriod[] = ['hour', 'day', 'week', 'month', 'year'];

/** Who hires. */
export interface Organization {
  name: string;
  /** Home page (http or https). */
  url?: string;
  /** Logo image URL (http or https). */
  logo?: string;
}

/** The startup or team the person will join, when it differs from the organization. */
export interface Team {
  name: string;
  url?: string;
  /** One-sentence pitch of the team. */
  description?: string;
}

export interface Contract {
  kind: ContractKind;
  /** The source's own words ("CDD 3 ans", "Indépendant·e"). */
  label?: string;
}

/** A salary range, or free text when the source gives no numbers. */
export type Salary =
  | { min?: number; max?: number; currency?: string; period?: SalaryPeriod; text?: undefined }
  | { text: string; min?: undefined; max?: undefined; currency?: undefined; period?: undefined };

export interface Apply {
  /** Application form or page (http or https). */
  url?: string;
  /** Address to write to. */
  email?: string;
  /** How to apply, in plain words. */
  instructions?: string;
}

export interface Job {
  /** Stable, URL-safe ([A-Za-z0-9_-]), unique within a board. */
  id: string;
  title: string;
  organization?: Organization;
  team?: Team;
  /** Roles sought ("Développeur·se", "Product designer"). */
  roles?: string[];
  locations: string[];
  /**
   * Country of the locations: an ISO 3166-1 alpha-2 code (`FR`) or a name. Search engines ask
   * for it with each place.
   */
  country?: string;
  remote?: RemotePolicy;
  contract?: Contract;
  salary?: Salary;
  experience?: ExperienceLevel;
  tags: string[];
  /** ISO 8601 date or date-time. */
  publishedAt?: string;
  updatedAt?: string;
  closesAt?: string;
  startsAt?: string;
  /** False when the source says the posting is closed or filled. */
  open: boolean;
  apply?: Apply;
  /** The posting's canonical page (http or https). */
  url?: string;
  /** Full text as Markdown. */
  description?: string;
  /** Full text as HTML (sanitized before display). Wins over `description` when both exist. */
  descriptionHtml?: string;
  /** One-paragraph plain-text excerpt. */
  summary?: string;
  /**
   * The language the posting is written in (its title, text, tags, contract label and apply
   * instructions): a BCP 47 tag (`fr`, `en`, `fr-FR`). Marks that text with `lang`.
   */
  language?: string;
  /** The feed URL this job came from (set when fetched). */
  source?: string;
}

/** The native "careers feed", version 1. */
export interface CareersFeed {
  version: 1;
  /** Default organization for jobs that name none. */
  organization?: Organization;
  /** Default language for jobs that give none. */
  language?: string;
  jobs: Job[];
}

/** A problem found while reading a feed: the job was skipped or a field was dropped. */
export interface FeedWarning {
  message: string;
  /** Index of the job in the source list, when the warning is about one job. */
  index?: number;
  /** The job's id or title, when known, so the message names it. */
  job?: string;
  /** The feed URL the warning is about (set by `loadFeeds`). */
  source?: string;
}
