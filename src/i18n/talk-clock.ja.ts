/** スピーカービューの発表時計(質疑で一時停止できる)の言葉。英語版は talk-clock.en.ts(同じ形)。 */
export const talkClockJa = {
  heading: '発表時間',
  timer: '話した時間(一時停止した間を除く)',
  pause: '一時停止',
  resume: '再開',
  reset: 'ゼロから',
  key: 'W',
  paused: '一時停止中',
  previous: '前のスライド',
  next: '次のスライド',
  ahead: 'アジェンダより{by}早い',
  onTrack: 'アジェンダどおり',
  behind: 'アジェンダより{by}遅れています',
  sections: 'セクションごとの時間',
  section: 'セクション',
  planned: '予定',
  used: '使った時間',
  minutes: '{n}分',
  ended: '{section}が終わりました。予定{planned}、使った時間{used}。',
};

export type TalkClockStrings = typeof talkClockJa;
