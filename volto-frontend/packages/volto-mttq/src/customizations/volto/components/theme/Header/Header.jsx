// SHADOW of @plone/volto/components/theme/Header/Header.jsx.
// Why: Volto's App renders this Header directly (no slot or registry entry
// for it in Volto 18); each unit of the Front needs its own header (logo,
// short name, colours, banner, unit switcher), implemented in the add-on's
// UnitHeader. Keep this file a one-line delegation.
import UnitHeader from 'volto-mttq/components/UnitHeader/UnitHeader';

export default UnitHeader;
