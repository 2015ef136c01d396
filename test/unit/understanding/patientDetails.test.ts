import { readPatientDetails } from '../../../src/understanding/patientDetails';

const TODAY = '2026-11-16';

describe('readPatientDetails', () => {
  it.each([
    ['Asha Patel, dob 3/4/44', { rest: 'Asha Patel', dateOfBirth: '1944-04-03' }],
    [
      'Mrs Asha Patel DOB: 03/04/1944, NHS 943 476 5919, tel 07700 900123',
      {
        rest: 'Mrs Asha Patel',
        dateOfBirth: '1944-04-03',
        nhsNumber: '9434765919',
        phone: { e164: '+447700900123', display: '07700 900123' },
      },
    ],
    ['John Smith 12.11.70', { rest: 'John Smith', dateOfBirth: '1970-11-12' }],
    ['Tricia McMillan born 21st June 1985', { rest: 'Tricia McMillan', dateOfBirth: '1985-06-21' }],
    ['Jo Bloggs, 9434765919', { rest: 'Jo Bloggs', nhsNumber: '9434765919' }],
  ])('takes the details out of %p', (text, expected) => {
    expect(readPatientDetails(text, TODAY)).toEqual(expected);
  });

  it.each(['Asha Patel', "Mary-Jane O'Neil", 'Ann Osborne'])('leaves a name alone: %p', (text) => {
    expect(readPatientDetails(text, TODAY)).toEqual({ rest: text });
  });

  it('takes no number that is not a valid NHS number, date or phone', () => {
    expect(readPatientDetails('Flat 12, 943 476 5918', TODAY)).toEqual({ rest: 'Flat 12, 943 476 5918' });
  });
});
