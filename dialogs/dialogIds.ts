/** Every dialog and prompt id, in one place: a stored dialog stack names these. */
export const DialogIds = {
  main: 'main',
  mainFlow: 'main.flow',
  menuPrompt: 'main.menuPrompt',
} as const;
