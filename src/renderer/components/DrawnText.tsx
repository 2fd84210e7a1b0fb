import classes from './DrawnText.module.css';

/**
 * Text painted by CSS and so outside the accessible name of the control it sits in: for the figures beside a label
 * (a count, a shortcut key) that the control's description already says. Speech input and axe's label-in-name check
 * then match the name against the label alone, and a screen reader hears the figures once, in the description.
 */
export function DrawnText({ text }: { text: string }) {
  return <span className={classes.drawn} data-text={text} />;
}
