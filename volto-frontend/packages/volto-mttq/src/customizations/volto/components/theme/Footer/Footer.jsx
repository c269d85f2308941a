// SHADOW of @plone/volto/components/theme/Footer/Footer.jsx.
// Why: Volto's App renders this Footer directly; each unit shows its own
// address, phone, e-mail and links (UnitFooter, from `mttq.interface`).
import UnitFooter from 'volto-mttq/components/UnitFooter/UnitFooter';

export default UnitFooter;
