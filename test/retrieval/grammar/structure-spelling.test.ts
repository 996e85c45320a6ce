import { describe, expect, it } from 'vitest';
import { withStructureSpelled } from '../../../retrieval/query/grammar/structure-spelling.js';

describe('typos in the words that give a question its structure', () => {
  it.each([
    ['wich res 73 itmes are completed', 'which res 73 items are completed'],
    ['reslution 22 open itmes', 'resolution 22 open items'],
    ['is 44-30 dnoe?', 'is 44-30 done?'],
    ['whats the stauts of 44-30', 'whats the status of 44-30'],
    ["what's still opne?", "what's still open?"],
    ['Opne items res 2', 'Open items res 2'],
    ['compelted items of res 2', 'completed items of res 2'],
    ['which items are ongiong', 'which items are ongoing'],
    ['any actoins on spam?', 'any actions on spam?'],
    ['how many partcipants at WTDC-22', 'how many participants at WTDC-22'],
    ['wtsa 20 delegats how many', 'wtsa 20 delegates how many'],
  ])('%s → %s', (typed, read) => {
    expect(withStructureSpelled(typed)).toBe(read);
  });

  it.each([
    // English words one edit from a structure word
    ['none of the stems'],
    ['how many actors'],
    ['is the statue done?'],
    // chat spellings with a dropped apostrophe
    ['whats open'],
    // other languages, accents and all
    ["Qu'en est-il de la résolution 44 ?"],
    ['la action complète'],
    ['¿Qué acciones están completadas?'],
    // references and names
    ['AI69-03 res45 #3 WTSA-20'],
    // words of three letters are near too many others to be told typos
    ['wht is it'],
  ])('%s is left as typed', (typed) => {
    expect(withStructureSpelled(typed)).toBe(typed);
  });
});
