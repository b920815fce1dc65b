import { describe, expect, it } from 'vitest';
import { recordsOf } from './record-rows.js';

const recordOf = (text: string, words: string) => recordsOf(text).find((r) => r.text.includes(words));

const COURT = 'Trial\n\nAda Kern is a barrister. She acts for the landlord.\n\n';

describe('"X asked whether Y had …": Y, the subject of the question, may be the one answering', () => {
  it('"Kern asked whether Mira Stone had signed the lease herself. She said she had not.": the short answer echoing the question is the one asked', () => {
    const r = recordOf(`${COURT}In court, Kern asked whether Mira Stone had signed the lease herself. She said she had not.`, 'she had not');
    expect(r?.speaker).toBe('Mira Stone');
  });

  it('"… She said the signature looked forged.": either woman may speak on, unknown, not the one asking', () => {
    const r = recordOf(`${COURT}In court, Kern asked whether Mira Stone had signed the lease herself. She said the signature looked forged.`, 'signature looked forged');
    expect(r?.speaker).toBeNull();
  });

  it('"She said he had not.": an answer about someone else is no short answer of her own', () => {
    const r = recordOf(`${COURT}In court, Kern asked whether Mira Stone had met the tenant. She said he had not.`, 'he had not');
    expect(r?.speaker).toBeNull();
  });

  it('after a verb of replying, the one asked answers', () => {
    const r = recordOf(`${COURT}In court, Kern asked whether Mira Stone had signed the lease herself. She replied that she had not.`, 'she had not');
    expect(r?.speaker).toBe('Mira Stone');
  });

  it('"wanted to know if …" is a question too', () => {
    const r = recordOf(`${COURT}Kern wanted to know if Mira Stone had ever paid the rent late. She said she had not.`, 'she had not');
    expect(r?.speaker).toBe('Mira Stone');
  });
});

describe('look-alikes: the one asking goes on', () => {
  it('a question about a thing: "Kern asked whether the lease had been signed. She said …"', () => {
    const r = recordOf(`${COURT}Kern asked whether the lease had been signed. She said the court should see it.`, 'court should see it');
    expect(r?.speaker).toBe('Ada Kern');
  });

  it('"He said he would." after a question about a man put by a man: the one asked', () => {
    const r = recordOf('Hearing\n\nSenator Paul Okoro chairs the panel.\n\nOkoro asked whether Tom Reyes would resign. He said he would.', 'he would');
    expect(r?.speaker).toBe('Tom Reyes');
  });

  it('a question about a man, then "she": the woman asking', () => {
    const r = recordOf(`${COURT}Kern asked whether Tom Reyes had signed the lease himself. She said the court should see it.`, 'court should see it');
    expect(r?.speaker).toBe('Ada Kern');
  });

  it('a name that is no subject of the question: "asked whether the court had heard from Mira Stone"', () => {
    const r = recordOf(`${COURT}Kern asked whether the court had heard from Mira Stone. She said the court should see the lease.`, 'should see the lease');
    expect(r?.speaker).toBe('Ada Kern');
  });
});
