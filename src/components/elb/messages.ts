/** Engine reasons start lower case ("the host name is …"); beside a field they start a sentence. */
export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
