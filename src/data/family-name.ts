// How a person is named in running text, for the checks that a translation keeps every voice and for the
// presenter notes that say whose words a sentence gives.

/**
 * The name a voice goes by in running text: a Chinese name's family name, which comes first ("Zhao" of
 * "Zhao Ping", "Чжао" of "Чжао Пин", "赵" of "赵萍").
 */
export function familyName(name: string): string {
  const first = name.split(/\s+/)[0] ?? name;
  return /\p{Script=Han}/u.test(first) ? ([...first][0] ?? first) : first;
}
