// A come-back tied to a condition in the leader's own language (issue 21, 22): "kad prođe revizija
// sigurnosti u ožujku, onda dođite k meni" is a condition, like "once the security audit is through", not
// a month, even with a month inside it and a month confirmed beside it. Two phrasings per language, one
// with a month in the condition; times ("nakon Uskrsa") and places ("когда буду в Алматы") stay none.
import * as assert from 'assert';
import { proposeReading } from '../../../src/core/render/firstAnswer';
import { isCondition } from '../../../src/core/render/slots';
import { yesOnCondition } from '../../../src/core/render/conditionalYes';
import { exampleWith, render, TODAY } from './helpers';

/** [country, their words, the condition as the come-back holds it]. The first of each pair names March. */
const CASES: readonly (readonly [string, string, string])[] = [
  ['HR', 'Slušajte, kad prođe revizija sigurnosti u ožujku, onda dođite k meni. Sad ne mogu ništa obećati.', 'kad prođe revizija sigurnosti u ožujku'],
  ['HR', 'Čim završi natječaj za oblak, onda se javite.', 'čim završi natječaj za oblak'],
  ['BA', 'Kada budžet bude usvojen u martu, onda razgovaramo.', 'kada budžet bude usvojen u martu'],
  ['RS', 'Када се заврши ревизија у марту, онда дођите код мене.', 'када се заврши ревизија у марту'],
  ['RU', 'Слушай, когда закончится аудит в марте, тогда приходи.', 'когда закончится аудит в марте'],
  ['KZ', 'Как только запустим новый процессинг, тогда и поговорим.', 'как только запустим новый процессинг'],
  ['UA', 'Коли закінчиться аудит у березні, тоді приходьте.', 'коли закінчиться аудит у березні'],
  ['UA', 'Як тільки запустимо новий портал, тоді поговоримо.', 'як тільки запустимо новий портал'],
  ['BG', 'Когато приключи одитът през март, тогава елате при мен.', 'когато приключи одитът през март'],
  ['BG', 'Щом пуснем новата система, тогава ще говорим.', 'щом пуснем новата система'],
  ['RO', 'Când se termină auditul în martie, atunci mai vorbim.', 'când se termină auditul în martie'],
  ['RO', 'După ce lansăm platforma, atunci revino la mine.', 'după ce lansăm platforma'],
  ['PL', 'Kiedy skończy się audyt w marcu, wtedy przyjdź do mnie.', 'kiedy skończy się audyt w marcu'],
  ['PL', 'Jak tylko ruszy nowy system, wtedy porozmawiamy.', 'jak tylko ruszy nowy system'],
  ['CZ', 'Až skončí audit v březnu, pak se ozvěte.', 'až skončí audit v březnu'],
  ['CZ', 'Jakmile spustíme nový portál, potom si promluvíme.', 'jakmile spustíme nový portál'],
  ['LT', 'Kai baigsis auditas kovo mėnesį, tada ateikite pas mane.', 'kai baigsis auditas kovo mėnesį'],
  ['LT', 'Kai tik paleisime naują sistemą, tada pasikalbėsime.', 'kai tik paleisime naują sistemą'],
  ['IT', 'Quando finisce l’audit di marzo, allora ne parliamo.', 'quando finisce l’audit di marzo'],
  ['IT', 'Appena parte la nuova piattaforma, allora torna da me.', 'appena parte la nuova piattaforma'],
  ['BR', 'Quando terminar a auditoria em março, então a gente conversa.', 'quando terminar a auditoria em março'],
  ['PT', 'Assim que a migração estiver pronta, aí falamos.', 'assim que a migração estiver pronta'],
  ['SE', 'När revisionen i mars är klar, då kan vi ses.', 'när revisionen i mars är klar'],
  ['SE', 'Så fort den nya plattformen är i drift, då hörs vi.', 'så fort den nya plattformen är i drift'],
  ['ID', 'Setelah audit keamanan bulan Maret selesai, baru kita bicara.', 'setelah audit keamanan bulan Maret selesai'],
  ['ID', 'Kalau migrasinya sudah jalan, nanti kita atur waktunya.', 'kalau migrasinya sudah jalan'],
  ['TR', 'Mart ayındaki denetim bitince gelin, konuşuruz.', 'mart ayındaki denetim bitince'],
  ['TR', 'Bütçe onaylandıktan sonra bir daha konuşalım.', 'bütçe onaylandıktan sonra'],
];
/** Times and places, not conditions: a preposition before a date, or where they will be. */
const NOT_CONDITIONS = ['nakon Uskrsa', 'после праздников', 'setelah Lebaran', 'bayramdan sonra', 'až v březnu', 'kad god hoćeš', 'когда буду в Алматы', 'after we convince the board'];

suite('A condition in their own language is a condition, not a month', function () {
  this.timeout(120_000);
  test('their words propose a not now on the condition, in their words (two phrasings per language)', () => {
    for (const [, words, clause] of CASES) {
      const reading = proposeReading(words, TODAY);
      assert.strictEqual(reading.response, 'not-now', words);
      assert.strictEqual(reading.details.comeBackAfter, clause, words);
      assert.ok(isCondition(clause), clause);
    }
  });

  test('times and places stay what they are', () => {
    for (const when of NOT_CONDITIONS) assert.ok(!isCondition(when), when);
    assert.strictEqual(proposeReading('Когда буду в Алматы, тогда и пообедаем.', TODAY).details.comeBackAfter, undefined);
  });

  test('with a month confirmed beside it, the documents send the request on the condition, quoted as theirs', () => {
    const problems: string[] = [];
    for (const [country, words, clause] of CASES) {
      const p = exampleWith({ culture: { country }, firstResponse: 'not-now', firstResponseWords: words, firstResponseDetails: { comeBackAfter: clause, comeBackMonth: '2025-03' } });
      const doc = render('prep-doc', p);
      const request = render('request-meeting', p);
      if (!doc.includes(`a condition, not a date: “${clause}”`)) problems.push(`${country} ${clause}: the prep doc does not read a condition`);
      if (/put it off to|come back to it in March/.test(doc + request)) problems.push(`${country} ${clause}: read as a month`);
      if (!request.includes(`“${clause}”`)) problems.push(`${country} ${clause}: the request does not quote it`);
    }
    assert.deepStrictEqual(problems, []);
  });

  test('a rhythm named beside their condition is a yes to it, once met', () => {
    const rhythms = ['Kad prođe revizija, onda možemo jednom mjesečno petnaest minuta.', 'Когда закончится аудит, тогда раз в месяц по пятнадцать минут.',
      'Kiedy skończy się audyt, wtedy raz w miesiącu kwadrans.', 'Quando finisce l’audit, allora una volta al mese un quarto d’ora.'];
    for (const words of rhythms) {
      const answer = proposeReading(words, TODAY);
      assert.strictEqual(yesOnCondition(answer, words).response, 'yes-with-limits', words);
    }
    const none = 'Kad prođe revizija, onda se javite.';
    assert.strictEqual(yesOnCondition(proposeReading(none, TODAY), none).response, 'not-now');
  });
});
