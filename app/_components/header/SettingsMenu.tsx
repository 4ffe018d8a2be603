import AnnotationsToggle from './AnnotationsToggle'
import { SettingsIcon } from './icons'

interface Props {
  label: string
  annotationsLabel: string
}

const menuId = 'settings-menu'

/** The reader's settings, behind one button: a native popover (Esc or a press outside closes it). */
export default function SettingsMenu({ label, annotationsLabel }: Props) {
  return (
    <>
      <button type="button" className="tool-button" popoverTarget={menuId} aria-label={label}>
        <SettingsIcon />
      </button>
      <div id={menuId} popover="auto" className="menu settings">
        <AnnotationsToggle label={annotationsLabel} />
      </div>
    </>
  )
}
