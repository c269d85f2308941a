// Volto imports the project's theme as '@root/theme': Volto's default
// Semantic UI (Pastanaga) theme; the add-on's CSS comes on top of it.
import 'semantic-ui-less/semantic.less';
import 'volto-themes/pastanaga/extras/extras.less';
