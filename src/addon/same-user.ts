// Whether two emails name the same user. Google hands a script a blank email where it does not
// reveal the user's address (a user whose address is hidden, a context without their
// authorisation), and a blank email names nobody in particular: two blanks are never the same
// user, so an unknown user is never taken for a trigger's owner.
export function sameUser(a: string | undefined, b: string | undefined): boolean {
  const x = (a ?? '').trim().toLowerCase();
  return x !== '' && x === (b ?? '').trim().toLowerCase();
}
