; Inno Setup script: a per-user Windows installer for the PyInstaller bundle (no admin rights).
; Build on Windows (see docs/releasing.md):
;   pyinstaller --noconfirm --clean build.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\peerjournal.iss
; Result: dist\PeerJournal-0.1.0-setup.exe. It installs into %LOCALAPPDATA%\Programs\PeerJournal,
; adds a Start-menu entry (and a desktop icon if chosen) and an uninstaller in Settings -> Apps.
; The journal, its backups and the settings live in %LOCALAPPDATA%\PeerJournal (platformdirs):
; installing a newer version over this one, or uninstalling, never touches that folder.
; Not built or tested on this project's CI (Linux only).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "PeerJournal"
#define AppExe "peerjournal.exe"
#define SourceDir "..\..\dist\peerjournal"

[Setup]
; A fixed id: a newer installer finds and replaces the older install instead of adding another.
AppId={{6A0F3C52-2B7E-4E43-9C1B-5E0D2A9B7C41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=PeerJournal contributors
AppPublisherURL=https://peerjournal.org
; Per user: no UAC prompt, installed under the person's own profile.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupIconFile=..\..\resources\icons\peerjournal.ico
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Close a running PeerJournal before replacing its files (it saves and locks the journal on close).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle. Old files of a previous version are removed first (below), so a
; library the new version no longer ships can't linger.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder. Never {localappdata}\PeerJournal: that is the journal.
Type: filesandordirs; Name: "{app}\_internal"
