// Which fields of a published record the public portal may show (eSPIRS's per-field confidentiality flag). The admin
// turns fields on and off; `locked` fields (a person's ID number, internal notes) can never be made public. The ONE
// place the portal's presenters ask (publicView) so JSON, RSS and the page cannot disagree.
import type { PublicFieldPolicy } from './types.js';

export const defaultPublicFields: PublicFieldPolicy = {
  blacklist: {
    partyName: { public: true }, creditCode: { public: true }, personRole: { public: true }, idNumber: { public: false, locked: true },
    criteria: { public: true }, reason: { public: true }, decisionNo: { public: true }, listedFrom: { public: true },
    listedUntil: { public: true }, territory: { public: true }, cases: { public: false },
  },
  penalty: {
    enterpriseName: { public: true }, creditCode: { public: true }, decisionNo: { public: true }, facts: { public: true },
    legalBasis: { public: true }, penaltyKinds: { public: true }, amount: { public: true }, decidedOn: { public: true },
    organisation: { public: true }, findings: { public: false, locked: true },
  },
};
