import { expect } from '@open-wc/testing';
import { closestMatch, editDistance, normalizeName, slugify } from '../../src/model/strings.js';

describe('strings', () => {
  it('normalizes names', () => {
    expect(normalizeName('  Henriëttewaard ')).to.equal('henriettewaard');
    expect(normalizeName('’s-Hertogenbosch')).to.equal("'s-hertogenbosch");
    expect(normalizeName('Muntel  /  Vliert')).to.equal('muntel / vliert');
  });

  it('slugifies labels', () => {
    expect(slugify('Werk & leren')).to.equal('werk-leren');
    expect(slugify('Sociale contacten')).to.equal('sociale-contacten');
    expect(slugify('Henriëttewaard')).to.equal('henriettewaard');
    expect(slugify('!!!')).to.equal('');
  });

  it('measures edit distance', () => {
    expect(editDistance('centum', 'centrum')).to.equal(1);
    expect(editDistance('', 'abc')).to.equal(3);
    expect(editDistance('abc', 'abc')).to.equal(0);
  });

  it('stops past the maximum distance', () => {
    expect(editDistance('binnenstad', 'zuidoost', 2)).to.equal(3);
  });

  it('finds the closest key', () => {
    expect(closestMatch('deelthemass', ['id', 'label', 'deelthemas'])).to.equal('deelthemas');
    expect(closestMatch('Waarde', ['waarde', 'klasse'])).to.equal('waarde');
    expect(closestMatch('opmerking', ['waarde', 'klasse'])).to.equal(null);
  });
});
