/** A small permit in analysis for the Terraform stack tests of this folder. */
import { PermitStatus } from '../../src';

/** The permit with the given id: one data holder, one researcher, a preprocessor and a reviewer. */
export function analysisPermit(id: string) {
  return {
    id,
    status: PermitStatus.ANALYSIS_ACTIVE,
    eventId: 'evt-1',
    dataHolders: [{ id: 'hospital-a', allowedCidrs: ['203.0.113.0/24'] }],
    researchers: [{ name: 'alice' }],
    hdabPreprocessor: { name: 'carol' },
    hdabReviewer: { name: 'dave' },
  };
}
