/**
 * The only place tags are registered. Each tag is defined only if it is free, so loading the
 * script twice (or two versions of it) never throws.
 */
import { CareersBoard } from './components/careers-board/careers-board.component.js';
import { CareersJobCard } from './components/careers-job-card/careers-job-card.component.js';
import { CareersJobDetail } from './components/careers-job-detail/careers-job-detail.component.js';
import { CareersApplyButton } from './components/careers-apply-button/careers-apply-button.component.js';

export const elements = {
  'careers-board': CareersBoard,
  'careers-job-card': CareersJobCard,
  'careers-job-detail': CareersJobDetail,
  'careers-apply-button': CareersApplyButton,
} as const;

export function defineElements(registry: CustomElementRegistry = customElements): void {
  for (const [tag, constructor] of Object.entries(elements)) {
    if (!registry.get(tag)) registry.define(tag, constructor);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'careers-board': CareersBoard;
    'careers-job-card': CareersJobCard;
    'careers-job-detail': CareersJobDetail;
    'careers-apply-button': CareersApplyButton;
  }
}
